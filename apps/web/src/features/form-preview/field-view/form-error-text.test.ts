import { FORM_ERROR_CODES, type FormError } from '@flowforge/contracts';
import { defaultMessage } from '@flowforge/forms';
import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageKey } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/messages/en';
import { describeFormError, formErrorKey } from './form-error-text';

const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => formatMessage(en[key], params);

function runtimeError(code: FormError['code'], params: Record<string, unknown> = {}): FormError {
  return { field: 'amount', code, params, message: defaultMessage(code, params) };
}

describe('describeFormError', () => {
  it('has an English message for every error code of the runtime', () => {
    const missing = FORM_ERROR_CODES.filter((code) => !(formErrorKey(code) in en));

    expect(missing).toEqual([]);
  });

  it('translates a default message with its params', () => {
    const text = describeFormError(runtimeError('max-length', { max: 20, actual: 25 }), t);

    expect(text).toBe('Enter at most 20 characters.');
  });

  it('joins list params when a default message lists choices', () => {
    const text = describeFormError(runtimeError('domain', { domains: ['example.com', 'example.org'] }), t);

    expect(text).toBe('Use an address at example.com, example.org.');
  });

  it('keeps the message the form author wrote', () => {
    const error: FormError = { field: 'justification', code: 'custom', params: { rule: 'largeOrders' }, message: 'Explain orders of more than 10 items.' };

    expect(describeFormError(error, t)).toBe('Explain orders of more than 10 items.');
  });
});
