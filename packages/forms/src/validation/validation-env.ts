/** What the per-type validators may read besides the field and its value. */
import type { FormOption } from '@flowforge/contracts';
import { checkRegexPattern, DEFAULT_LIMITS } from '@flowforge/expressions';

export interface ValidationEnv {
  /** The instant `now`/`today` bounds refer to (the context clock, read once per evaluation). */
  readonly now: number;
  /** The context's zone; a field's own `timeZone` wins. */
  readonly timeZone: string;
  /** The field's current options (selection fields), after the options filter. */
  readonly options?: readonly FormOption[] | undefined;
}

/**
 * User-written patterns run through the expression language's regex guard (no backreferences, no
 * nested repetition: no catastrophic backtracking), and are tried on at most
 * `DEFAULT_LIMITS.maxMatchInputLength` characters — a longer value does not match.
 */
export function compilePattern(pattern: string): RegExp | null {
  const checked = checkRegexPattern(pattern, DEFAULT_LIMITS.maxRegexLength);
  return checked.ok ? checked.regex : null;
}

/** Why a pattern cannot be used, or null when it can. */
export function findPatternProblem(pattern: string): string | null {
  const checked = checkRegexPattern(pattern, DEFAULT_LIMITS.maxRegexLength);
  return checked.ok ? null : checked.message;
}

/** Tests a value against a guarded pattern. */
export function matchesPattern(regex: RegExp, text: string): boolean {
  return text.length <= DEFAULT_LIMITS.maxMatchInputLength && regex.test(text);
}
