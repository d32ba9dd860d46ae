import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { resolveSafeRedirect } from '../../../lib/safe-redirect';
import { meQueryOptions } from '../../session';

/** After the session cookie is set: load the user, then go where the user was headed. */
export function useCompleteSignIn(): (redirectTo?: string) => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (redirectTo) => {
    queryClient.removeQueries();
    await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
    await router.navigate({ href: resolveSafeRedirect(redirectTo), replace: true });
  };
}
