/** Checks of number values: bounds compared exactly as decimals, and the integer step. */
import type { FieldOfType } from '@flowforge/contracts';
import { compareDecimal, formatDecimal, parseDecimal, shiftDecimal } from '../values/decimal-string.ts';
import type { ErrorDraft } from './form-errors.ts';

type NumberField = FieldOfType<'integer' | 'decimal' | 'currency' | 'percentage'>;

function checkBound(value: unknown, bound: number | string | undefined, code: 'min' | 'max'): ErrorDraft[] {
  if (bound === undefined) return [];
  const actual = parseDecimal(value);
  const limit = parseDecimal(bound);
  if (actual === null || limit === null) return [];
  const order = compareDecimal(actual, limit);
  return (code === 'min' ? order < 0 : order > 0) ? [{ code, params: { [code]: bound } }] : [];
}

/** Percent bounds in messages are shown as percents (`max: 0.5` → `50%`). */
function displayParams(field: NumberField, errors: ErrorDraft[]): ErrorDraft[] {
  if (field.type !== 'percentage') return errors;
  return errors.map((error) => {
    const [name, bound] = Object.entries(error.params ?? {})[0] as [string, number | string];
    const fraction = parseDecimal(bound);
    return fraction ? { ...error, params: { [name]: `${formatDecimal(shiftDecimal(fraction, 2))}%`, fraction: bound } } : error;
  });
}

export function validateNumber(field: NumberField, value: unknown): ErrorDraft[] {
  const bounds = [...checkBound(value, field.min, 'min'), ...checkBound(value, field.max, 'max')];
  if (bounds.length > 0) return displayParams(field, bounds);
  if (field.type === 'integer' && field.step !== undefined) {
    const base = typeof field.min === 'number' ? field.min : 0;
    if (((value as number) - base) % field.step !== 0) return [{ code: 'step', params: { step: field.step } }];
  }
  return [];
}
