/** Checks of composite values: each sub-field's required/pattern/length, address countries, ratings. */
import type { FieldOfType, SubFieldConfig } from '@flowforge/contracts';
import { partsOf } from '../values/coerce-composite.ts';
import type { ErrorDraft } from './form-errors.ts';
import { compilePattern, matchesPattern } from './validation-env.ts';

type PartsField = FieldOfType<'address' | 'name' | 'signature'>;

function checkPart(part: string, text: string | null, config: SubFieldConfig | undefined): ErrorDraft[] {
  if (text === null) return config?.required ? [{ code: 'required', part }] : [];
  if (config === undefined) return [];
  if (config.maxLength !== undefined && [...text].length > config.maxLength) return [{ code: 'max-length', part, params: { max: config.maxLength } }];
  const pattern = config.pattern === undefined ? null : compilePattern(config.pattern);
  return pattern && !matchesPattern(pattern, text) ? [{ code: 'pattern', part, params: { pattern: config.pattern } }] : [];
}

export function validateParts(field: PartsField, value: unknown): ErrorDraft[] {
  const parts = value as Record<string, string | null>;
  const errors = partsOf(field).flatMap(([name, config]) => checkPart(name, parts[name] ?? null, config));
  if (field.type === 'signature' && !parts.image) errors.unshift({ code: 'required', part: 'image' });
  const country = parts.country;
  if (field.type === 'address' && field.countries && country && !field.countries.includes(country.toUpperCase())) {
    errors.push({ code: 'country', part: 'country', params: { countries: field.countries } });
  }
  return errors;
}

export function validateRating(field: FieldOfType<'rating'>, value: unknown): ErrorDraft[] {
  const rating = value as number;
  const step = field.allowHalf ? 0.5 : 1;
  if (rating < step) return [{ code: 'min', params: { min: step } }];
  if (rating > field.max) return [{ code: 'max', params: { max: field.max } }];
  return (rating / step) % 1 === 0 ? [] : [{ code: 'step', params: { step } }];
}
