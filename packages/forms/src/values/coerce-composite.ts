/**
 * Composite values: address and name are objects of trimmed strings keyed by their enabled parts
 * (`{ street, city, postalCode, country }`); a rating is a number; a signature is
 * `{ image, signerName?, signedAt? }`. Unknown or disabled parts are dropped.
 */
import { ADDRESS_PARTS, NAME_PARTS, SIGNATURE_PARTS, type FieldOfType, type SubFieldConfig } from '@flowforge/contracts';
import { isEmptyValue } from '../field-kinds.ts';
import { EMPTY, isBlank, rejected, type Coerced } from './coerced.ts';
import { parseDecimal, decimalToNumber } from './decimal-string.ts';

type PartsField = FieldOfType<'address' | 'name' | 'signature'>;

/** The sub-fields a composite field has, with their configuration (enabled ones only). */
export function partsOf(field: PartsField): [string, SubFieldConfig | undefined][] {
  const names: readonly string[] = field.type === 'address' ? ADDRESS_PARTS : field.type === 'name' ? NAME_PARTS : SIGNATURE_PARTS;
  const configs = field.subFields as Record<string, SubFieldConfig | undefined>;
  return names.filter((name) => configs[name]?.enabled !== false).map((name) => [name, configs[name]]);
}

function readParts(field: PartsField, raw: object): Record<string, string | null> | null {
  const value: Record<string, string | null> = {};
  const names = field.type === 'signature' ? ['image', ...partsOf(field).map(([name]) => name)] : partsOf(field).map(([name]) => name);
  for (const name of names) {
    const part: unknown = (raw as Record<string, unknown>)[name];
    if (isBlank(part)) value[name] = null;
    else if (typeof part === 'string') value[name] = part.trim();
    else return null;
  }
  return value;
}

export function coerceParts(field: PartsField, raw: unknown): Coerced {
  if (isBlank(raw)) return EMPTY;
  const source = field.type === 'signature' && typeof raw === 'string' ? { image: raw } : raw;
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return rejected(raw, { code: 'invalid-type', params: { expected: 'object' } });
  const value = readParts(field, source);
  if (value === null) return rejected(raw, { code: 'invalid-type', params: { expected: 'text parts' } });
  return isEmptyValue(value) ? EMPTY : { value };
}

export function coerceRating(_field: FieldOfType<'rating'>, raw: unknown): Coerced {
  if (isBlank(raw)) return EMPTY;
  const decimal = parseDecimal(raw);
  return decimal ? { value: decimalToNumber(decimal) } : rejected(raw, { code: 'invalid-number' });
}
