import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { isApiProblem } from '../../../lib/api-problem';
import type { Me } from './session-types';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (401). Other failures throw. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiClient.get<Me>('/api/v1/me', signal);
  } catch (error) {
    if (isApiProblem(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  // No abort signal on purpose: route guards await this query, and a component unmounting (or
  // StrictMode's double mount) must not cancel the request they wait for.
  queryFn: () => fetchMe(),
  staleTime: 5 * 60_000,
});
