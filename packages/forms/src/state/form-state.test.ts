import { describe, expect, it } from 'vitest';
import { buildForm, TEST_CONTEXT } from '../testing.ts';
import { createFormState } from './form-state.ts';

const STATUS_OPTIONS = { source: 'static', items: [{ value: 'approved', label: 'Approved' }, { value: 'rejected', label: 'Rejected' }] };

describe('createFormState: values', () => {
  it('applies literal and expression defaults to missing values only', () => {
    const form = buildForm([
      { type: 'integer', key: 'quantity', defaultValue: 1 },
      { type: 'date', key: 'orderedOn', defaultExpression: 'TODAY()' },
      { type: 'date', key: 'dueOn', defaultExpression: "DATEADD(${orderedOn}, 30, 'days')" },
      { type: 'short-text', key: 'note', defaultValue: 'n/a' },
    ]);

    const state = createFormState(form, { note: null }, TEST_CONTEXT);

    expect(state.values).toEqual({ quantity: 1, orderedOn: '2025-03-15', dueOn: '2025-04-14', note: null });
  });

  it('computes calculated values with exact decimals and makes them read-only', () => {
    const form = buildForm([
      { type: 'currency', key: 'price', currency: 'EUR' },
      { type: 'integer', key: 'quantity' },
      { type: 'currency', key: 'total', currency: 'EUR', calculation: '${price} * ${quantity}' },
      { type: 'short-text', key: 'label', calculation: "CONCAT(${quantity}, ' × ', ${price})" },
    ]);

    const state = createFormState(form, { price: '0.10', quantity: 3 }, TEST_CONTEXT);

    expect(state.values.total).toBe('0.30');
    expect(state.values.label).toBe('3 × 0.1');
    expect(state.fields.total).toMatchObject({ enabled: false, visible: true });
  });

  it('fills an empty field from a value-set rule when the form opens', () => {
    const form = buildForm([
      { type: 'date', key: 'start' },
      { type: 'date', key: 'due', setValue: [{ value: "DATEADD(${start}, 7, 'days')", when: '${start} NOT EMPTY' }] },
    ]);

    expect(createFormState(form, { start: '2025-01-10' }, TEST_CONTEXT).values.due).toBe('2025-01-17');
    expect(createFormState(form, { start: '2025-01-10', due: '2025-02-01' }, TEST_CONTEXT).values.due).toBe('2025-02-01');
    expect(createFormState(form, {}, TEST_CONTEXT).values.due).toBeNull();
  });

  it('keeps unreadable input as given, with an error, and reads it as null in expressions', () => {
    const form = buildForm([
      { type: 'integer', key: 'age' },
      { type: 'checkbox', key: 'isAdult', calculation: '${age} >= 18' },
    ]);

    const state = createFormState(form, { age: 'forty' }, TEST_CONTEXT);

    expect(state.fields.age).toMatchObject({ value: 'forty', errors: [{ field: 'age', code: 'invalid-integer' }] });
    expect(state.values.isAdult).toBe(false);
  });
});

describe('createFormState: conditional logic (§8.3)', () => {
  it('shows and hides fields, and a container hides what it holds', () => {
    const form = buildForm([
      { type: 'checkbox', key: 'shippingRequired' },
      { type: 'section', key: 'shipping', visibleWhen: '${shippingRequired}', children: ['address'] },
      { type: 'address', key: 'address', label: 'Address', required: true },
    ]);

    const hidden = createFormState(form, {}, TEST_CONTEXT);
    const shown = createFormState(form, { shippingRequired: true }, TEST_CONTEXT);

    expect(hidden.fields.shipping?.visible).toBe(false);
    expect(hidden.fields.address).toMatchObject({ visible: false, errors: [] });
    expect(hidden.isValid).toBe(true);
    expect(shown.fields.address).toMatchObject({ visible: true, errors: [{ code: 'required' }] });
  });

  it('shows tabs and columns conditionally', () => {
    const form = buildForm([
      { type: 'dropdown', key: 'kind', options: { source: 'static', items: [{ value: 'person', label: 'P' }, { value: 'company', label: 'C' }] } },
      { type: 'tabs', key: 'tabs', tabs: [{ key: 'personTab', label: 'Person', visibleWhen: "${kind} == 'person'", children: ['cols'] }, { key: 'companyTab', label: 'Company', children: ['vat'] }] },
      { type: 'columns', key: 'cols', columns: [{ width: 6, children: ['first'] }, { width: 6, children: ['divider'] }] },
      { type: 'short-text', key: 'first', required: true },
      { type: 'divider', key: 'divider' },
      { type: 'short-text', key: 'vat' },
    ]);

    const company = createFormState(form, { kind: 'company' }, TEST_CONTEXT);
    const person = createFormState(form, { kind: 'person' }, TEST_CONTEXT);

    expect([company.fields.personTab?.visible, company.fields.first?.visible, company.fields.divider?.visible, company.fields.vat?.visible]).toEqual([false, false, false, true]);
    expect(company.isValid).toBe(true);
    expect(person.fields.first).toMatchObject({ visible: true, errors: [{ code: 'required' }] });
  });

  it('enables and disables fields by role and by other values', () => {
    const form = buildForm([
      { type: 'percentage', key: 'discount', enabledWhen: "INROLE('manager')", required: true },
      { type: 'short-text', key: 'locked', readOnly: true },
      { type: 'short-text', key: 'comment', enabledWhen: '${discount} > 0.1' },
    ]);
    const clerk = { ...TEST_CONTEXT, user: { id: 'u1', roles: ['clerk'], props: {} } };
    const manager = { ...TEST_CONTEXT, user: { id: 'u2', roles: ['manager'], props: {} } };

    const asClerk = createFormState(form, {}, clerk);
    const asManager = createFormState(form, { discount: 0.2 }, manager);

    expect(asClerk.fields.discount).toMatchObject({ enabled: false, required: true, errors: [] });
    expect(asClerk.fields.locked?.enabled).toBe(false);
    expect(asManager.fields.discount?.enabled).toBe(true);
    expect(asManager.fields.comment?.enabled).toBe(true);
    expect(createFormState(form, {}, manager).fields.discount?.errors).toMatchObject([{ code: 'required' }]);
  });

  it('requires a field conditionally', () => {
    const form = buildForm([
      { type: 'radio', key: 'status', options: STATUS_OPTIONS },
      { type: 'long-text', key: 'reason', requiredWhen: "${status} == 'rejected'" },
    ]);

    expect(createFormState(form, { status: 'approved' }, TEST_CONTEXT).fields.reason).toMatchObject({ required: false, errors: [] });
    expect(createFormState(form, { status: 'rejected' }, TEST_CONTEXT).fields.reason).toMatchObject({ required: true, errors: [{ code: 'required' }] });
    expect(createFormState(form, { status: 'rejected', reason: 'Too expensive' }, TEST_CONTEXT).isValid).toBe(true);
  });

  it('filters static options by option data and rejects a choice that was filtered out', () => {
    const departments = {
      source: 'static',
      items: [
        { value: 'sales-emea', label: 'Sales EMEA', data: { division: 'sales' } },
        { value: 'sales-us', label: 'Sales US', data: { division: 'sales' } },
        { value: 'it-ops', label: 'IT Ops', data: { division: 'it' } },
      ],
    };
    const form = buildForm([
      { type: 'dropdown', key: 'division', options: { source: 'static', items: [{ value: 'sales', label: 'Sales' }, { value: 'it', label: 'IT' }] } },
      { type: 'dropdown', key: 'department', options: departments, optionsFilter: '${option.division} == ${division}' },
    ]);

    const state = createFormState(form, { division: 'sales', department: 'it-ops' }, TEST_CONTEXT);

    expect(state.fields.department?.options?.map((option) => option.value)).toEqual(['sales-emea', 'sales-us']);
    expect(state.fields.department?.errors).toMatchObject([{ code: 'invalid-option', params: { values: ['it-ops'] } }]);
  });

  it('takes options from an expression', () => {
    const form = buildForm([
      { type: 'short-text', key: 'tags' },
      { type: 'multi-select', key: 'picked', options: { source: 'expression', expression: "SPLIT(${tags}, ',')" }, optionsFilter: "${option.value} != 'b'" },
      { type: 'dropdown', key: 'broken', options: { source: 'expression', expression: '${tags}' } },
    ]);

    const state = createFormState(form, { tags: 'a,b,c', picked: ['c'] }, TEST_CONTEXT);

    expect(state.fields.picked?.options).toEqual([{ value: 'a', label: 'a' }, { value: 'c', label: 'c' }]);
    expect(state.fields.picked?.errors).toEqual([]);
    expect(state.fields.broken?.options).toEqual([]);
  });

  it('reads records from option expressions', () => {
    const form = buildForm([
      { type: 'short-text', key: 'region' },
      {
        type: 'dropdown', key: 'size', optionsFilter: "${option.region} == ${region} || ${option.region} EMPTY",
        options: { source: 'expression', expression: "[{'value': 's', 'label': 'Small', 'group': 'x', 'region': 'eu', 'tags': [1]}, {'value': 'l', 'region': 'us'}, {'label': 'none'}, 'm', 3, [1]]" },
      },
    ]);

    expect(createFormState(form, { region: 'eu' }, TEST_CONTEXT).fields.size?.options).toEqual([
      { value: 's', label: 'Small', group: 'x', data: { region: 'eu' } }, { value: 'm', label: 'm' }, { value: '3', label: '3' },
    ]);
  });

  it('validates conditionally with rules and resolves reference filters', () => {
    const form = buildForm([
      { type: 'currency', key: 'amount', currency: 'EUR' },
      { type: 'short-text', key: 'approver', rules: [{ kind: 'expression', expression: "${approver} != 'self'", when: '${amount} > 1000', message: 'Someone else must approve.' }] },
      { type: 'short-text', key: 'division' },
      { type: 'lookup', key: 'product', dataset: 'products', filters: [{ column: 'division', value: '${division}' }, { column: 'price', operator: 'lte', value: '${amount}' }] },
    ]);

    const small = createFormState(form, { amount: '10', approver: 'self', division: 'it' }, TEST_CONTEXT);
    const large = createFormState(form, { amount: '5000', approver: 'self' }, TEST_CONTEXT);

    expect(small.fields.approver?.errors).toEqual([]);
    expect(small.fields.product?.filters).toEqual([{ column: 'division', operator: 'eq', value: 'it' }, { column: 'price', operator: 'lte', value: 10 }]);
    expect(large.fields.approver?.errors).toEqual([{ field: 'approver', code: 'custom', message: 'Someone else must approve.', params: { rule: 0 } }]);
  });

  it('reports form-level rules on their fields or on the form', () => {
    const form = buildForm([
      { type: 'date', key: 'from' },
      { type: 'date', key: 'to', visibleWhen: '${from} NOT EMPTY' },
    ], {
      validationRules: [
        { key: 'order', expression: '${to} >= ${from}', message: 'The end must not be before the start.', fields: ['to'] },
        { key: 'notOnNewYear', expression: "${from} != '2025-01-01'", message: 'Closed on New Year.', when: '${from} NOT EMPTY' },
      ],
    });

    const state = createFormState(form, { from: '2025-01-01', to: '2024-12-31' }, TEST_CONTEXT);
    const hiddenTarget = createFormState(form, { to: '2024-12-31' }, TEST_CONTEXT);

    expect(state.fields.to?.errors).toMatchObject([{ field: 'to', code: 'custom', params: { rule: 'order' } }]);
    expect(state.errors).toContainEqual({ field: null, code: 'custom', message: 'Closed on New Year.', params: { rule: 'notOnNewYear' } });
    expect(hiddenTarget.errors).toEqual([]);
  });

  it('reads hidden fields as null, so conditions on them agree with a stripped submission', () => {
    const form = buildForm([
      { type: 'dropdown', key: 'country', options: { source: 'static', items: [{ value: 'US', label: 'US' }, { value: 'DE', label: 'DE' }] } },
      { type: 'short-text', key: 'state', visibleWhen: "${country} == 'US'" },
      { type: 'short-text', key: 'county', visibleWhen: "${state} == 'CA'" },
      { type: 'integer', key: 'count', calculation: "IF(${state} == 'CA', 1, 0)" },
    ]);

    const state = createFormState(form, { country: 'DE', state: 'CA', county: 'Orange' }, TEST_CONTEXT);

    expect(state.fields.county?.visible).toBe(false);
    expect(state.values.count).toBe(0);
    expect(state.values.state).toBe('CA');
  });
});
