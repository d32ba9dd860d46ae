import { isApiProblem, NETWORK_ERROR_CODE } from './api-problem';

export const MAX_QUERY_RETRIES = 2;

/** Retry network failures and server errors a couple of times; a 4xx will not get better. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!isApiProblem(error)) return false;
  return error.code === NETWORK_ERROR_CODE || error.status >= 500 || error.status === 429;
}
