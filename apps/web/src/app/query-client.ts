import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../lib/api-problem';
import { shouldRetryQuery } from '../lib/query-retry';

/**
 * The app's query client. A request answered `unauthenticated` means the session ended (expired,
 * signed out in another tab): `onSessionEnded` then sends the user to the sign-in page.
 */
export function createQueryClient(onSessionEnded: () => void): QueryClient {
  const handleError = (error: unknown) => {
    if (isApiProblem(error) && error.status === 401 && error.code === 'unauthenticated') onSessionEnded();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: { retry: shouldRetryQuery, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
