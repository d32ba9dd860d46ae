/** What the per-type validators may read besides the field and its value. */
import type { FormOption } from '@flowforge/contracts';

export interface ValidationEnv {
  /** The instant `now`/`today` bounds refer to (the context clock, read once per evaluation). */
  readonly now: number;
  /** The context's zone; a field's own `timeZone` wins. */
  readonly timeZone: string;
  /** The field's current options (selection fields), after the options filter. */
  readonly options?: readonly FormOption[] | undefined;
}

const patterns = new Map<string, RegExp | null>();

/** The compiled pattern (cached), or null when it is not a valid regular expression. */
export function compilePattern(pattern: string): RegExp | null {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(pattern);
    } catch {
      compiled = null;
    }
    patterns.set(pattern, compiled);
  }
  return compiled;
}
