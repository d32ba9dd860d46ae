import type { QueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY, type Me } from '../../session';

/** Applies a change the server has confirmed to the cached /me, so the shell shows it at once. */
export function updateCachedMe(queryClient: QueryClient, update: (me: Me) => Me): void {
  const me = queryClient.getQueryData<Me | null>(ME_QUERY_KEY);
  if (me) queryClient.setQueryData(ME_QUERY_KEY, update(me));
}
