// Keeps the teams screens live: listens to the account's Server-Sent Events and refreshes the
// teams queries when a team changes, and the invitation list when the user's invitations change.
// Bursts of events (a mutation often causes several) become one refresh.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { registerStream } from '../api/live-refresh';
import { MY_TEAM_INVITATIONS_KEY, TEAMS_KEY } from '../api/teams-api';

const EVENTS_URL = '/api/v1/events';
const COALESCE_MS = 400;

export function TeamsRealtimeEffect() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(EVENTS_URL, { withCredentials: true });
    const unregister = registerStream(source);
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const refreshSoon = (queryKey: QueryKey) => () => {
      const id = JSON.stringify(queryKey);
      clearTimeout(timers.get(id));
      timers.set(id, setTimeout(() => void queryClient.invalidateQueries({ queryKey }), COALESCE_MS));
    };
    source.addEventListener('teams.changed', refreshSoon(TEAMS_KEY));
    source.addEventListener('team-invitations.changed', refreshSoon(MY_TEAM_INVITATIONS_KEY));
    return () => {
      unregister();
      source.close();
      for (const timer of timers.values()) clearTimeout(timer);
    };
  }, [queryClient]);
  return null;
}
