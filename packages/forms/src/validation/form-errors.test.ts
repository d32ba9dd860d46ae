import { describe, expect, it } from 'vitest';
import { createFormError, defaultMessage } from './form-errors.ts';

describe('form errors', () => {
  it('fills the English default message from the params', () => {
    expect(defaultMessage('min-length', { min: 5 })).toBe('Enter at least 5 characters.');
    expect(defaultMessage('domain', { domains: ['a.com', 'b.com'] })).toBe('Use an address at a.com, b.com.');
    expect(defaultMessage('max')).toBe('The value must be at most .');
  });

  it('prefers the rule message and reports sub-fields by path', () => {
    expect(createFormError('age', { code: 'custom', message: 'Adults only' })).toEqual({ field: 'age', code: 'custom', message: 'Adults only', params: {} });
    expect(createFormError('address', { code: 'required', part: 'city' }).field).toBe('address.city');
    expect(createFormError(null, { code: 'custom', part: 'x' }).field).toBeNull();
  });
});
