import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../lib/api-problem';
import { shouldRetryQuery } from '../lib/query-retry';

export interface SessionHandlers {
  /** The session ended (expired, signed out in another tab): send the user to the sign-in page. */
  onSessionEnded: () => void;
  /** The account now requires two-factor authentication the user has not set up. */
  onMfaRequired: () => void;
}

/** The app's query client; answers that concern the whole session go to `handlers`. */
export function createQueryClient(handlers: SessionHandlers): QueryClient {
  const handleError = (error: unknown) => {
    if (!isApiProblem(error)) return;
    if (error.status === 401 && error.code === 'unauthenticated') handlers.onSessionEnded();
    else if (error.code === 'mfa-required') handlers.onMfaRequired();
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
