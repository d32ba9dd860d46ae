import { FormFieldSchema, type DataField, type FormError } from '@flowforge/contracts';
import type { FieldState } from '@flowforge/forms';
import { describe, expect, it } from 'vitest';
import { buildFieldView, splitPartErrors } from './field-view';

const field = (props: Record<string, unknown>) => FormFieldSchema.parse({ key: 'amount', label: 'Amount', type: 'currency', currency: 'EUR', ...props }) as DataField;
const required: FormError = { field: 'amount', code: 'required', message: 'This field is required.', params: {} };
const state = (overrides: Partial<FieldState> = {}): FieldState => ({ visible: true, enabled: true, required: true, value: '12.00', errors: [required], ...overrides });

describe('buildFieldView', () => {
  it('maps visible, required, value and errors from the state once errors are shown', () => {
    const view = buildFieldView(field({}), state(), true);

    expect(view).toMatchObject({ isVisible: true, isRequired: true, isDisabled: false, isReadOnly: false, value: '12.00', errors: [required] });
  });

  it('hides errors until the field was touched or the form submitted', () => {
    const view = buildFieldView(field({}), state(), false);

    expect(view.errors).toEqual([]);
  });

  it('makes a calculated field read-only instead of disabled', () => {
    const view = buildFieldView(field({ calculation: '${a} * 2' }), state({ enabled: false }), false);

    expect(view).toMatchObject({ isDisabled: false, isReadOnly: true });
  });

  it('disables a field whose enabledWhen condition is false', () => {
    const view = buildFieldView(field({ enabledWhen: '${a} > 1' }), state({ enabled: false }), false);

    expect(view).toMatchObject({ isDisabled: true, isReadOnly: false });
  });

  it('treats a field without state as hidden and empty', () => {
    const view = buildFieldView(field({}), undefined, true);

    expect(view).toMatchObject({ isVisible: false, value: null, options: [], errors: [] });
  });
});

describe('splitPartErrors', () => {
  it('files `address.city` errors under the city part', () => {
    const city: FormError = { field: 'address.city', code: 'required', message: '', params: {} };
    const own: FormError = { field: 'address', code: 'country', message: '', params: {} };

    expect(splitPartErrors('address', [city, own])).toEqual({ own: [own], parts: { city: [city] } });
  });
});
