// The server's field errors of a failed save, keyed by field (`ipAllowlist.2` for the third entry).
import { collectFieldErrors, isApiProblem } from '../../../lib/api-problem';

export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiProblem(error) ? collectFieldErrors(error) : {};
}

/** The problem's code when the error is an API problem. */
export function problemCodeOf(error: unknown): string | undefined {
  return isApiProblem(error) ? error.code : undefined;
}
