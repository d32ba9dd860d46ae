import { describe, expect, it } from 'vitest';
import { FORM_FIELD_CATEGORIES, FormFieldSchema, type FormFieldType } from './form-fields.ts';
import { FormDefinitionSchema, FormErrorSchema } from './forms.ts';

const MINIMAL: Record<FormFieldType, Record<string, unknown>> = {
  'short-text': {}, 'long-text': {}, 'rich-text': {}, 'email': {}, 'url': {}, 'phone': { mask: '(999) 999-9999' },
  'integer': {}, 'decimal': {}, 'currency': { currency: 'EUR' }, 'percentage': {},
  'dropdown': { options: { source: 'static', items: [{ value: 'a', label: 'A' }] } },
  'radio': { options: { source: 'expression', expression: "['a', 'b']" } },
  'checkbox': {}, 'multi-select': { options: { source: 'static', items: [] } },
  'date': { min: 'today' }, 'time': { min: '08:00' }, 'datetime': { max: 'now', timeZone: 'Europe/Berlin' }, 'date-range': { maxDays: 14 },
  'file': { accept: ['.pdf'] }, 'files': { maxFiles: 3 }, 'image': { maxWidth: 4000 },
  'lookup': { dataset: 'products' }, 'user-picker': { roles: ['manager'] }, 'record-link': { target: { kind: 'dataset', id: 'orders' } },
  'address': { subFields: { postalCode: { required: true } } }, 'name': {}, 'rating': { max: 10 }, 'signature': {},
  'section': { children: [] }, 'tabs': { tabs: [{ key: 'tab1', label: 'One' }] }, 'columns': { columns: [{ width: 6 }] }, 'divider': {},
};

const isLayout = (type: FormFieldType) => (FORM_FIELD_CATEGORIES.layout as readonly string[]).includes(type);

describe('form field schemas (spec §8.1.2)', () => {
  it.each(Object.values(FORM_FIELD_CATEGORIES).flat())('parses a minimal %s field', (type) => {
    const input = { type, key: 'field1', ...(isLayout(type) ? {} : { label: 'Field' }), ...MINIMAL[type] };

    expect(FormFieldSchema.safeParse(input).success).toBe(true);
  });

  it('applies the defaults of data fields', () => {
    expect(FormFieldSchema.parse({ type: 'currency', key: 'fee', label: 'Fee', currency: 'EUR' })).toEqual({
      type: 'currency', key: 'fee', label: 'Fee', currency: 'EUR', precision: 2, required: false, readOnly: false, setValue: [], rules: [],
    });
  });

  it.each([
    [{ type: 'short-text', key: 'a', label: 'A', visibelWhen: 'true' }],
    [{ type: 'short-text', key: '1a', label: 'A' }],
    [{ type: 'short-text', key: 'a.b', label: 'A' }],
    [{ type: 'short-text', key: 'constructor', label: 'A' }],
    [{ type: 'currency', key: 'a', label: 'A', currency: 'euro' }],
    [{ type: 'integer', key: 'a', label: 'A', rules: [{ kind: 'regex', expression: 'x' }] }],
    [{ type: 'short-text', key: 'a', label: 'A', visibleWhen: '   ' }],
    [{ type: 'gizmo', key: 'a', label: 'A' }],
  ])('rejects %j', (input) => {
    expect(FormFieldSchema.safeParse(input).success).toBe(false);
  });
});

describe('FormDefinitionSchema (spec §8.1.1)', () => {
  it('parses a definition with its defaults, camelCase on the wire', () => {
    const definition = FormDefinitionSchema.parse({ id: '7c1e0b9e-3f0a-4d7e-9a57-2f0c3b1d2e4f', name: ' Leave request ', version: 1, fields: [] });

    expect(definition).toEqual({
      id: '7c1e0b9e-3f0a-4d7e-9a57-2f0c3b1d2e4f', name: 'Leave request', description: '', version: 1, fields: [],
      layout: { items: [], labelPosition: 'top', width: 'normal' },
      validationRules: [],
      submissionConfig: { submitLabel: 'Submit', allowDrafts: false, allowMultiple: true, action: { type: 'store' } },
      permissions: { view: [{ type: 'everyone' }], submit: [{ type: 'everyone' }], manage: [] },
    });
  });

  it('rejects an account id in the body and a version below 1', () => {
    const base = { id: '7c1e0b9e-3f0a-4d7e-9a57-2f0c3b1d2e4f', name: 'F', fields: [] };

    expect(FormDefinitionSchema.safeParse({ ...base, version: 1, accountId: 'x' }).success).toBe(false);
    expect(FormDefinitionSchema.safeParse({ ...base, version: 0 }).success).toBe(false);
  });

  it('describes form errors as data', () => {
    expect(FormErrorSchema.parse({ field: null, code: 'custom', message: 'm', params: {} })).toMatchObject({ field: null });
    expect(FormErrorSchema.safeParse({ field: 'a', code: 'nonsense', message: 'm', params: {} }).success).toBe(false);
  });
});
