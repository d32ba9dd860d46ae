import { describe, expect, it } from 'vitest';
import { buildForm, TEST_CONTEXT } from '../testing.ts';
import { applyChange } from './apply-change.ts';
import { createFormState } from './form-state.ts';
import { submitValues, validateSubmission } from './submit.ts';

const form = buildForm([
  { type: 'section', key: 'main', children: ['kind', 'company', 'vatId'] },
  { type: 'radio', key: 'kind', options: { source: 'static', items: [{ value: 'person', label: 'Person' }, { value: 'company', label: 'Company' }] }, defaultValue: 'person' },
  { type: 'short-text', key: 'company', visibleWhen: "${kind} == 'company'", required: true },
  { type: 'short-text', key: 'vatId', visibleWhen: '${company} NOT EMPTY', pattern: '^[A-Z]{2}[0-9]+$' },
  { type: 'integer', key: 'seats', defaultValue: 1, min: 1 },
  { type: 'currency', key: 'price', currency: 'EUR', calculation: '${seats} * 9.99' },
  { type: 'multi-select', key: 'extras', options: { source: 'static', items: [{ value: 'sso', label: 'SSO' }] } },
]);

describe('submitValues', () => {
  it('strips hidden fields and layout elements, whatever they hold', () => {
    let state = createFormState(form, {}, TEST_CONTEXT);
    state = applyChange(state, 'kind', 'company');
    state = applyChange(state, 'company', 'Acme');
    state = applyChange(state, 'vatId', 'DE123');
    state = applyChange(state, 'kind', 'person');

    const submission = submitValues(state);

    expect(submission).toEqual({ ok: true, values: { kind: 'person', seats: 1, price: '9.99', extras: [] }, errors: [] });
  });

  it('returns the blocking errors with the values', () => {
    const state = createFormState(form, { kind: 'company' }, TEST_CONTEXT);

    expect(submitValues(state)).toMatchObject({ ok: false, values: { kind: 'company', company: null }, errors: [{ field: 'company', code: 'required' }] });
  });
});

describe('validateSubmission', () => {
  it('applies no defaults, recomputes calculations and drops unknown and hidden keys', () => {
    const result = validateSubmission(form, { kind: 'person', company: 'Sneaky', seats: 3, price: '0.01', admin: true }, TEST_CONTEXT);

    expect(result.values).toEqual({ kind: 'person', seats: 3, price: '29.97', extras: [] });
    expect(result.ok).toBe(true);
  });

  it('reports missing required values instead of defaulting them', () => {
    const result = validateSubmission(form, { kind: 'company' }, TEST_CONTEXT);

    expect(result.ok).toBe(false);
    expect(result.errors.map((error) => [error.field, error.code])).toEqual([['company', 'required']]);
    expect(result.values.seats).toBeNull();
  });

  it('agrees with the browser state on what the browser submits', () => {
    let state = createFormState(form, {}, TEST_CONTEXT);
    state = applyChange(state, 'kind', 'company');
    state = applyChange(state, 'company', 'Acme');
    state = applyChange(state, 'vatId', 'de1');
    const submitted = submitValues(state);

    const verdict = validateSubmission(form, submitted.values, TEST_CONTEXT);

    expect(verdict.values).toEqual(submitted.values);
    expect(verdict.errors).toEqual(submitted.errors);
    expect(verdict.errors).toMatchObject([{ field: 'vatId', code: 'pattern' }]);
  });
});
