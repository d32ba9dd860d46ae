import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { ME_QUERY_KEY, meQueryOptions } from '../../session';

/** After accepting: forget what was cached for the previous session, load the new one, open the app. */
export function useEnterAccount(): () => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
    await router.navigate({ to: '/', replace: true });
  };
}
