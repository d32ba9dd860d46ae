// Field errors of a failed save, in the user's language: the server's pointers say which field,
// our messages say what to do.
import { collectFieldErrors, isApiProblem } from '../../../lib/api-problem';
import type { MessageKey, Translate } from '../../../lib/i18n';
import { SMTP_FORM_FIELDS, type SmtpFormField } from './smtp-form';

const MESSAGE_BY_FIELD: Partial<Record<SmtpFormField, MessageKey>> = {
  host: 'mail.error.host',
  port: 'mail.error.port',
  fromAddress: 'mail.error.fromAddress',
  replyTo: 'mail.error.replyTo',
};

export function describeSmtpFieldErrors(error: unknown, t: Translate): Partial<Record<SmtpFormField, string>> {
  if (!isApiProblem(error)) return {};
  const errors: Partial<Record<SmtpFormField, string>> = {};
  for (const name of Object.keys(collectFieldErrors(error))) {
    const field = SMTP_FORM_FIELDS.find((candidate) => candidate === name);
    if (field !== undefined) errors[field] = t(MESSAGE_BY_FIELD[field] ?? 'mail.error.invalid');
  }
  return errors;
}
