// What a failed save shows: field errors by field name, and a message for the form as a whole —
// with the server's detail when it says what went wrong. A taken name belongs to the name field.
import { collectFieldErrors, isApiProblem } from '../../../lib/api-problem';
import type { Translate } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';

export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  if (!isApiProblem(error)) return {};
  const fields = collectFieldErrors(error);
  if (error.code === 'name-taken' && fields.name === undefined) fields.name = t('decisions.error.nameTaken');
  return fields;
}

export function formProblemOf(error: unknown, t: Translate): { title: string; detail: string | undefined } {
  const described = describeError(error, t);
  const detail = described.detail ?? (isApiProblem(error) && error.status < 500 ? error.detail : undefined);
  return { title: described.title, detail };
}
