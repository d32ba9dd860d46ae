import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { meQueryOptions } from '../api/me-query';
import type { Me } from '../api/session-types';

/** The session, or null when signed out; undefined while the first request runs. */
export function useOptionalMe(): Me | null | undefined {
  return useQuery(meQueryOptions).data;
}

/** For pages behind the auth guard, which has already loaded the session. */
export function useMe(): Me {
  const { data } = useSuspenseQuery(meQueryOptions);
  if (data === null) throw new Error('useMe() is only for pages behind the auth guard');
  return data;
}
