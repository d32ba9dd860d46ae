// One refresh per change. While a realtime stream is open, the server's `teams.changed` event
// refreshes the team's queries (TeamsRealtimeEffect), so a mutation does not refetch them a second
// time; without a stream (SSE blocked by a proxy, reconnecting) the mutation refreshes them itself.
// This keeps a busy management page well inside the API's per-user rate limit.
import type { QueryClient, QueryKey } from '@tanstack/react-query';

const streams = new Set<EventSource>();

export function registerStream(source: EventSource): () => void {
  streams.add(source);
  return () => { streams.delete(source); };
}

function isLive(): boolean {
  return [...streams].some((source) => source.readyState === EventSource.OPEN);
}

/** After a successful change: refresh `queryKey` unless the realtime event will. */
export async function refreshAfterChange(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  if (!isLive()) await queryClient.invalidateQueries({ queryKey });
}
