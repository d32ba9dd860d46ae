import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { isApiProblem } from '../../../lib/api-problem';
import { resolveSafeRedirect } from '../../../lib/safe-redirect';
import { ME_QUERY_KEY, meQueryOptions } from '../../session';

/**
 * After the session cookie is set: load the user, then go where the user was headed — or, when
 * their account requires two-factor authentication they have not set up, to that set-up first.
 */
export function useCompleteSignIn(): (redirectTo?: string) => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (redirectTo) => {
    // Drop answers cached for nobody, but keep the session query itself: components observe it,
    // and a removed query would leave them watching a stale copy.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    try {
      await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
    } catch (error) {
      if (!isApiProblem(error) || error.code !== 'mfa-required') throw error;
      await router.navigate({ to: '/mfa-setup', replace: true });
      return;
    }
    await router.navigate({ href: resolveSafeRedirect(redirectTo), replace: true });
  };
}
