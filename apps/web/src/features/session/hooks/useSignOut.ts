import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiProblem } from '../../../lib/api-problem';
import { ME_QUERY_KEY } from '../api/me-query';
import { signOut } from '../api/session-api';

/** Ends the session, shows the sign-in page, and forgets every cached answer of this user. */
export function useSignOut(): { signOut: () => Promise<void>; isSigningOut: boolean } {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [isSigningOut, setIsSigningOut] = useState(false);

  const run = async () => {
    setIsSigningOut(true);
    try {
      await signOut();
    } catch (error) {
      // Already signed out elsewhere (401) is fine; anything else leaves the session as it was.
      if (!isApiProblem(error) || error.status !== 401) throw error;
    } finally {
      setIsSigningOut(false);
    }
    // Order matters: the app layout renders nothing once the session is null, the sign-in
    // guard lets us through because it is null, and only then the old user's data goes.
    queryClient.setQueryData(ME_QUERY_KEY, null);
    await router.navigate({ to: '/sign-in' });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  };

  return { signOut: run, isSigningOut };
}
