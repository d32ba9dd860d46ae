import { useQueryClient } from '@tanstack/react-query';
import { USERS_QUERY_KEY } from '../api/users-api';

/** Refetches every users list after a change. */
export function useInvalidateUsers(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
}
