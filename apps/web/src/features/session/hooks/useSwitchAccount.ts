import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { ME_QUERY_KEY } from '../api/me-query';
import { switchActiveAccount } from '../api/session-api';
import type { Me } from '../api/session-types';

/** Makes another of the user's accounts active; every tenant-scoped answer is then stale. */
export function useSwitchAccount(): (accountId: string) => Promise<Me> {
  const queryClient = useQueryClient();
  const router = useRouter();

  return async (accountId) => {
    const me = await switchActiveAccount(accountId);
    queryClient.setQueryData(ME_QUERY_KEY, me);
    await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    await router.invalidate();
    return me;
  };
}
