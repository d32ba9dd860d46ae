// Checks made in the browser before a form is sent, so common mistakes are explained at once and
// in the user's language. The server validates again; its field errors are shown the same way.
import type { MessageKey } from '../../lib/i18n';
import type { SignInBody, SignUpBody } from '../session';

export type FieldErrorKeys<Field extends string> = Partial<Record<Field, MessageKey>>;

// Same as PASSWORD_MIN_LENGTH in @flowforge/contracts (not imported: it would bundle zod).
export const MIN_PASSWORD_LENGTH = 8;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): MessageKey | undefined {
  if (email.trim() === '') return 'validation.required';
  return EMAIL_PATTERN.test(email.trim()) ? undefined : 'validation.email';
}

function checkRequired(value: string): MessageKey | undefined {
  return value.trim() === '' ? 'validation.required' : undefined;
}

function withoutEmpty<Field extends string>(errors: Record<Field, MessageKey | undefined>): FieldErrorKeys<Field> {
  const result: FieldErrorKeys<Field> = {};
  for (const [field, key] of Object.entries(errors) as [Field, MessageKey | undefined][]) {
    if (key !== undefined) result[field] = key;
  }
  return result;
}

export function validateSignIn(values: SignInBody): FieldErrorKeys<keyof SignInBody> {
  return withoutEmpty({ email: checkEmail(values.email), password: checkRequired(values.password) });
}

export function validateSignUp(values: SignUpBody): FieldErrorKeys<keyof SignUpBody> {
  const passwordTooShort = values.password.length < MIN_PASSWORD_LENGTH ? 'validation.passwordLength' : undefined;
  return withoutEmpty({
    name: checkRequired(values.name),
    email: checkEmail(values.email),
    password: checkRequired(values.password) ?? passwordTooShort,
    accountName: checkRequired(values.accountName),
  });
}
