/**
 * Picked values. A single choice is the option's `value` string; multi-select and checkbox groups
 * are string lists without duplicates (`[]` when nothing is picked); a yes/no checkbox is a boolean.
 * Files are `FileRef` objects (lists for `files`); references are ids (lists when `multiple`).
 * Whether a choice is among the current options is checked by validation, not here.
 */
import { FileRefSchema, type FieldOfType } from '@flowforge/contracts';
import { isMultiValued } from '../field-kinds.ts';
import { EMPTY, isBlank, rejected, type Coerced } from './coerced.ts';

type ChoiceField = FieldOfType<'dropdown' | 'radio' | 'checkbox' | 'multi-select'>;
type FileField = FieldOfType<'file' | 'files' | 'image'>;
type ReferenceField = FieldOfType<'lookup' | 'user-picker' | 'record-link'>;

function asId(raw: unknown): string | null {
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'object' && raw !== null && 'id' in raw) return asId((raw as { id: unknown }).id);
  return null;
}

function asIdList(raw: unknown): string[] | null {
  const items = Array.isArray(raw) ? raw : [raw];
  const ids: string[] = [];
  for (const item of items) {
    const id = asId(item);
    if (id === null) return null;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function coerceBoolean(raw: unknown): Coerced {
  if (isBlank(raw) || raw === false || raw === 'false') return { value: false };
  if (raw === true || raw === 'true') return { value: true };
  return rejected(raw, { code: 'invalid-type', params: { expected: 'boolean' } });
}

export function coerceChoice(field: ChoiceField, raw: unknown): Coerced {
  if (field.type === 'checkbox' && field.options === undefined) return coerceBoolean(raw);
  const isMulti = isMultiValued(field);
  if (isBlank(raw)) return isMulti ? { value: [] } : EMPTY;
  const value = isMulti ? asIdList(raw) : asId(raw);
  return value === null ? rejected(raw, { code: 'invalid-option' }) : { value };
}

function asFileRef(raw: unknown) {
  const parsed = FileRefSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function coerceFile(field: FileField, raw: unknown): Coerced {
  if (field.type !== 'files') {
    if (isBlank(raw)) return EMPTY;
    const file = asFileRef(raw);
    return file ? { value: file } : rejected(raw, { code: 'invalid-file' });
  }
  if (isBlank(raw)) return { value: [] };
  const items = Array.isArray(raw) ? raw : [raw];
  const files = items.map(asFileRef);
  return files.includes(null) ? rejected(raw, { code: 'invalid-file' }) : { value: files };
}

export function coerceReference(field: ReferenceField, raw: unknown): Coerced {
  if (field.multiple) {
    if (isBlank(raw)) return { value: [] };
    const ids = asIdList(raw);
    return ids ? { value: ids } : rejected(raw, { code: 'invalid-type', params: { expected: 'ids' } });
  }
  if (isBlank(raw)) return EMPTY;
  const id = asId(raw);
  return id ? { value: id } : rejected(raw, { code: 'invalid-type', params: { expected: 'id' } });
}
