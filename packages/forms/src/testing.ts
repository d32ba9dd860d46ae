/**
 * Builders for tests and benchmarks: fields and definitions written tersely, parsed by the real
 * schema (so defaults apply), and a fixed clock. Not exported from the package entry.
 */
import { FORM_FIELD_CATEGORIES, FormDefinitionSchema, FormFieldSchema, type FieldOfType, type FormDefinition, type FormFieldType } from '@flowforge/contracts';
import type { FormContext } from './form-context.ts';

/** 2025-03-15 12:00 UTC (13:00 in Berlin). */
export const FIXED_NOW = Date.UTC(2025, 2, 15, 12, 0, 0);

export const TEST_CONTEXT: FormContext = { now: () => FIXED_NOW, timeZone: 'Europe/Berlin' };

/** A parsed field of the given type: `buildField('integer', { key: 'age', min: 18 })`. */
export function buildField<T extends FormFieldType>(type: T, props: Record<string, unknown> = {}): FieldOfType<T> {
  return FormFieldSchema.parse({ key: `${type.replace(/-/g, '_')}_field`, label: type, type, ...props }) as FieldOfType<T>;
}

/** A parsed form definition with these fields (raw JSON, defaults applied). */
export function buildForm(fields: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}): FormDefinition {
  const layoutTypes: readonly string[] = FORM_FIELD_CATEGORIES.layout;
  const withLabels = fields.map((field) => (layoutTypes.includes(String(field.type)) ? field : { label: String(field.key), ...field }));
  return FormDefinitionSchema.parse({ id: '00000000-0000-4000-8000-000000000001', name: 'Test form', version: 1, fields: withLabels, ...extra });
}
