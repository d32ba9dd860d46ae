import { describe, expect, it, vi } from 'vitest';
import { buildForm, TEST_CONTEXT } from '../testing.ts';
import { createFormState } from './form-state.ts';
import { validateAsync } from './validate-async.ts';

const form = buildForm([
  { type: 'email', key: 'email', rules: [{ kind: 'unique', scope: 'account' }] },
  { type: 'short-text', key: 'code', rules: [{ kind: 'async', endpoint: '/validate/code', message: 'Unknown code' }, { kind: 'unique', when: "${code} != 'SHARED'" }] },
  { type: 'short-text', key: 'hidden', visibleWhen: 'false', rules: [{ kind: 'unique' }] },
]);

describe('validateAsync', () => {
  it('asks the host hooks and reports their verdicts', async () => {
    const isUnique = vi.fn(({ value }: { value: unknown }) => value !== 'taken@example.com');
    const checkEndpoint = vi.fn(async ({ value }: { value: unknown }) => ({ valid: value === 'OK' }));
    const context = { ...TEST_CONTEXT, validators: { isUnique, checkEndpoint } };
    const state = createFormState(form, { email: 'taken@example.com', code: 'NOPE', hidden: 'x' }, context);

    const errors = await validateAsync(state);

    expect(errors).toEqual([
      { field: 'email', code: 'unique', message: 'This value is already taken.', params: { scope: 'account' } },
      { field: 'code', code: 'async', message: 'Unknown code', params: { endpoint: '/validate/code' } },
    ]);
    expect(isUnique).toHaveBeenCalledWith({ formId: form.id, field: 'email', value: 'taken@example.com', scope: 'account' });
    expect(checkEndpoint).toHaveBeenCalledWith(expect.objectContaining({ endpoint: '/validate/code', values: { email: 'taken@example.com', code: 'NOPE' } }));
    expect(isUnique).toHaveBeenCalledTimes(2);
  });

  it('skips empty, invalid and conditional-off fields, and can be limited to some fields', async () => {
    const isUnique = vi.fn(() => false);
    const context = { ...TEST_CONTEXT, validators: { isUnique, checkEndpoint: () => ({ valid: false, code: 'custom' as const, message: 'Nope', params: { x: 1 } }) } };
    const state = createFormState(form, { email: 'not-an-email', code: 'SHARED' }, context);

    const errors = await validateAsync(state, ['code']);

    expect(errors).toEqual([{ field: 'code', code: 'custom', message: 'Unknown code', params: { x: 1 } }]);
    expect(isUnique).not.toHaveBeenCalled();
  });

  it('fails closed when a hook is missing or fails', async () => {
    const failing = { ...TEST_CONTEXT, validators: { isUnique: () => Promise.reject(new Error('db down')) } };

    const missing = await validateAsync(createFormState(form, { email: 'a@b.co', code: 'X' }, TEST_CONTEXT));
    const thrown = await validateAsync(createFormState(form, { email: 'a@b.co' }, failing));

    expect(missing.map((error) => error.code)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    expect(thrown).toEqual([{ field: 'email', code: 'unavailable', message: 'The value could not be checked right now.', params: {} }]);
  });
});
