/**
 * Number values. Integers, decimals and percentages are JS numbers; currency amounts are exact
 * decimal strings with exactly `precision` fraction digits (`"1234.50"`), never floats. Percentages
 * are fractions (0.125 is 12.5 %); the input `"12.5%"` is read as 0.125. Typed input with too many
 * decimals is rejected (`precision`); calculated values are rounded half away from zero instead.
 */
import type { FieldOfType } from '@flowforge/contracts';
import { EMPTY, isBlank, rejected, type CoerceOptions, type Coerced } from './coerced.ts';
import { decimalToNumber, formatDecimal, parseDecimal, roundDecimal, shiftDecimal, type Decimal } from './decimal-string.ts';

type NumberField = FieldOfType<'integer' | 'decimal' | 'currency' | 'percentage'>;

function readDecimal(field: NumberField, raw: unknown): Decimal | null {
  if (field.type === 'percentage' && typeof raw === 'string' && raw.trim().endsWith('%')) {
    const percent = parseDecimal(raw.trim().slice(0, -1));
    return percent && shiftDecimal(percent, -2);
  }
  return parseDecimal(raw);
}

/** Fraction digits the stored value may have. */
export function storedPrecision(field: NumberField): number {
  if (field.type === 'integer') return 0;
  return field.type === 'percentage' ? field.precision + 2 : field.precision;
}

export function coerceNumber(field: NumberField, raw: unknown, options: CoerceOptions): Coerced {
  if (isBlank(raw)) return EMPTY;
  const parsed = readDecimal(field, raw);
  const invalidCode = field.type === 'integer' ? 'invalid-integer' : 'invalid-number';
  if (parsed === null) return rejected(raw, { code: invalidCode });
  const precision = storedPrecision(field);
  let decimal = parsed;
  if (parsed.fraction.length > precision) {
    if (!options.isCalculated) {
      return rejected(raw, field.type === 'integer' ? { code: invalidCode } : { code: 'precision', params: { precision: field.precision } });
    }
    decimal = roundDecimal(parsed, precision);
  }
  if (field.type === 'currency') return { value: formatDecimal(decimal, precision) };
  const value = decimalToNumber(decimal);
  if (field.type === 'integer' && !Number.isSafeInteger(value)) return rejected(raw, { code: invalidCode });
  return { value };
}
