/**
 * What a field component needs from the runtime state, in one object: visible, enabled/read-only,
 * required, value, options and the errors to show (own and per composite part).
 */
import type { DataField, FormError, FormOption } from '@flowforge/contracts';
import type { FieldState } from '@flowforge/forms';

export interface FieldView {
  key: string;
  label: string;
  description: string | undefined;
  placeholder: string | undefined;
  isVisible: boolean;
  /** Disabled by a condition (enabledWhen). */
  isDisabled: boolean;
  /** Read-only by definition or because the value is calculated. */
  isReadOnly: boolean;
  isRequired: boolean;
  value: unknown;
  options: readonly FormOption[];
  /** Errors on the field itself; empty until the user touched it or tried to submit. */
  errors: readonly FormError[];
  /** Errors on a composite's parts (`address.city` → `city`). */
  partErrors: Readonly<Record<string, readonly FormError[]>>;
}

/** Splits the field's errors into its own and its parts' (`key.part`). */
export function splitPartErrors(key: string, errors: readonly FormError[]) {
  const own: FormError[] = [];
  const parts: Record<string, FormError[]> = {};
  for (const error of errors) {
    const part = error.field?.startsWith(`${key}.`) ? error.field.slice(key.length + 1) : null;
    if (part === null) own.push(error);
    else parts[part] = [...(parts[part] ?? []), error];
  }
  return { own, parts };
}

const UNKNOWN_STATE: FieldState = { visible: false, enabled: true, required: false, value: null, errors: [] };

export function buildFieldView(field: DataField, state: FieldState = UNKNOWN_STATE, isErrorShown = false): FieldView {
  const isCalculated = field.calculation !== undefined;
  const { own, parts } = splitPartErrors(field.key, isErrorShown ? state.errors : []);
  return {
    key: field.key,
    label: field.label,
    description: field.description,
    placeholder: field.placeholder,
    isVisible: state.visible,
    // A calculated field is read-only rather than disabled: it stays focusable and readable.
    isDisabled: !state.enabled && !isCalculated,
    isReadOnly: field.readOnly || isCalculated,
    isRequired: state.required,
    value: state.value ?? null,
    options: state.options ?? [],
    errors: own,
    partErrors: parts,
  };
}
