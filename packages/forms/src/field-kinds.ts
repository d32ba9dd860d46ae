/**
 * Facts about field types the runtime needs everywhere: which fields are layout elements, which
 * hold lists, and when a value counts as empty (for `required` and for skipping other checks).
 */
import { FORM_FIELD_CATEGORIES, type DataField, type FormField, type LayoutField } from '@flowforge/contracts';

const LAYOUT_TYPES: ReadonlySet<string> = new Set(FORM_FIELD_CATEGORIES.layout);

export function isLayoutField(field: FormField): field is LayoutField {
  return LAYOUT_TYPES.has(field.type);
}

export function isDataField(field: FormField): field is DataField {
  return !LAYOUT_TYPES.has(field.type);
}

/** Whether the value is a list: multi-select, checkbox groups, several files, multiple references. */
export function isMultiValued(field: DataField): boolean {
  switch (field.type) {
    case 'multi-select':
    case 'files':
      return true;
    case 'checkbox':
      return field.options !== undefined;
    case 'lookup':
    case 'user-picker':
    case 'record-link':
      return field.multiple;
    default:
      return false;
  }
}

/** null, undefined, a blank string, an empty list, or an object whose properties are all empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

/** Emptiness as `required` sees it: an unchecked yes/no checkbox is empty, so is a half range. */
export function isFieldEmpty(field: DataField, value: unknown): boolean {
  if (field.type === 'checkbox' && field.options === undefined) return value !== true;
  if (field.type === 'date-range') {
    const range = value as { start?: unknown; end?: unknown } | null;
    return isEmptyValue(range?.start) || isEmptyValue(range?.end);
  }
  return isEmptyValue(value);
}
