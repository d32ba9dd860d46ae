import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AuditEntry } from '@flowforge/contracts';
import { apiClient } from '../../../lib/api-client';

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

/** The active account's audit log, newest first, one page per fetch. */
export function auditLogQueryOptions(accountId: string) {
  return infiniteQueryOptions({
    queryKey: ['audit-logs', accountId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const cursor = pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : '';
      return apiClient.get<AuditPage>(`/api/v1/audit-logs?limit=${PAGE_SIZE}${cursor}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
