/** The outcome of reading raw input as a field's value; shared by the coercers of each category. */
import type { ErrorDraft } from '../validation/form-errors.ts';

export interface CoerceOptions {
  /** Zone for wall-clock input and `today` (the field's own zone wins). */
  readonly timeZone: string;
  /** A calculated value: numbers are rounded to the field's precision instead of rejected. */
  readonly isCalculated?: boolean;
}

/** `value` is the field's value; with an `error` it is the raw input, kept so the UI can show it. */
export interface Coerced {
  readonly value: unknown;
  readonly error?: ErrorDraft;
}

export const EMPTY: Coerced = { value: null };

export function rejected(raw: unknown, error: ErrorDraft): Coerced {
  return { value: raw, error };
}

/** null, undefined and blank strings: no value. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
