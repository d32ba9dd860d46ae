import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { AuditEntry, AuditFacets } from '@flowforge/contracts';
import { apiClient } from '../../../lib/api-client';
import { toApiParams, type AuditFilters } from '../audit-filters';

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

/** The active account's audit log matching `filters`, newest first, one page per fetch. */
export function auditLogQueryOptions(accountId: string, filters: AuditFilters = {}) {
  return infiniteQueryOptions({
    queryKey: ['audit-logs', accountId, 'list', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = toApiParams(filters);
      params.set('limit', String(PAGE_SIZE));
      if (pageParam) params.set('cursor', pageParam);
      return apiClient.get<AuditPage>(`/api/v1/audit-logs?${params.toString()}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Actions, resource types and actors in the log, for the filter bar's suggestions. */
export function auditFacetsQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: ['audit-logs', accountId, 'facets'],
    queryFn: ({ signal }) => apiClient.get<AuditFacets>('/api/v1/audit-logs/facets', signal),
    staleTime: 60_000,
  });
}

export function auditEntryQueryOptions(accountId: string, id: string) {
  return queryOptions({
    queryKey: ['audit-logs', accountId, 'entry', id],
    queryFn: ({ signal }) => apiClient.get<AuditEntry>(`/api/v1/audit-logs/${encodeURIComponent(id)}`, signal),
  });
}
