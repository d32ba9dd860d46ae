// What a failed save of this feature shows: field errors by field name (`ipAllowlist.2`), and a
// message for the form as a whole — with the server's detail when it names what went wrong (e.g.
// the permissions one may not grant).
import { collectFieldErrors, isApiProblem } from '../../lib/api-problem';
import type { Translate } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';

export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiProblem(error) ? collectFieldErrors(error) : {};
}

export function formProblemOf(error: unknown, t: Translate): { title: string; detail: string | undefined } {
  const described = describeError(error, t);
  const detail = described.detail ?? (isApiProblem(error) && error.status < 500 ? error.detail : undefined);
  return { title: described.title, detail };
}
