/**
 * Words for the runtime's errors: a code's default message is translated from the message files
 * (with the same `{params}`); a message the form's author wrote (rule, pattern) is shown as written.
 */
import type { FormError, FormErrorCode } from '@flowforge/contracts';
import { defaultMessage } from '@flowforge/forms';
import type { MessageKey, Translate } from '../../../lib/i18n';

export function formErrorKey(code: FormErrorCode): MessageKey {
  return `formError.${code}`;
}

function toParam(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === null || value === undefined ? '' : String(value);
}

export function describeFormError(error: FormError, t: Translate): string {
  if (error.message !== defaultMessage(error.code, error.params)) return error.message;
  const params = Object.fromEntries(Object.entries(error.params).map(([name, value]) => [name, toParam(value)]));
  return t(formErrorKey(error.code), params);
}
