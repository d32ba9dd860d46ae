/**
 * How the expression checker sees each field: its static type (so `${amount} > 'x'` is caught and
 * numeric text is read as an exact number), and the `${option}` record an options filter reads.
 */
import { ADDRESS_PARTS, NAME_PARTS, type DataField, type FormDefinition } from '@flowforge/contracts';
import type { ExprType, FieldTypes } from '@flowforge/expressions';
import { isDataField } from '../field-kinds.ts';

const STRING: ExprType = { kind: 'string' };
const NUMBER: ExprType = { kind: 'number' };
const DECIMAL: ExprType = { kind: 'decimal' };
const DATE: ExprType = { kind: 'date' };
const listOf = (element: ExprType): ExprType => ({ kind: 'list', element });
const recordOf = (names: readonly string[], type: ExprType = STRING): ExprType => ({ kind: 'record', fields: Object.fromEntries(names.map((name) => [name, type])) });

const FILE: ExprType = { kind: 'record', fields: { id: STRING, name: STRING, size: NUMBER, mimeType: STRING, width: NUMBER, height: NUMBER } };

/**
 * `${option}` inside an options filter: `{ value, label, group, ...data }` with the data keys of
 * static options; options an expression lists may carry anything, so there it is untyped.
 */
export function optionTypeOf(field: DataField): ExprType {
  const source = 'options' in field ? field.options : undefined;
  if (source?.source !== 'static') return { kind: 'any' };
  const fields: Record<string, ExprType> = { value: STRING, label: STRING, group: STRING };
  for (const option of source.items) for (const name of Object.keys(option.data ?? {})) fields[name] ??= { kind: 'any' };
  return { kind: 'record', fields };
}
/** The name options filters read the candidate option under. */
export const OPTION_KEY = 'option';

const FIXED_TYPES: Partial<Record<DataField['type'], ExprType>> = {
  'integer': NUMBER, 'decimal': DECIMAL, 'currency': DECIMAL, 'percentage': DECIMAL, 'rating': NUMBER,
  'date': DATE, 'datetime': { kind: 'datetime' }, 'time': STRING,
  'date-range': recordOf(['start', 'end'], DATE),
  'multi-select': listOf(STRING), 'file': FILE, 'image': FILE, 'files': listOf(FILE),
  'address': recordOf(ADDRESS_PARTS), 'name': recordOf(NAME_PARTS), 'signature': recordOf(['image', 'signerName', 'signedAt']),
};

export function expressionTypeOf(field: DataField): ExprType {
  const fixed = FIXED_TYPES[field.type];
  if (fixed) return fixed;
  if (field.type === 'checkbox') return field.options === undefined ? { kind: 'boolean' } : listOf(STRING);
  if ('multiple' in field) return field.multiple ? listOf(STRING) : STRING;
  return STRING;
}

/** Every data field of the form with its type. */
export function buildFieldTypes(definition: FormDefinition): FieldTypes {
  const types: FieldTypes = {};
  for (const field of definition.fields) if (isDataField(field)) types[field.key] = expressionTypeOf(field);
  return types;
}
