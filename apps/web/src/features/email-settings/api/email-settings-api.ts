import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { EmailSettings, MailStatus, OutboxMail, OutboxMailSummary, SendTestEmailResponse, UpdateEmailSettingsBody } from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

export interface OutboxPage {
  items: OutboxMailSummary[];
  nextCursor: string | null;
}

const PAGE_SIZE = 25;

/** Every query of this page starts with this key, so one invalidation refreshes them all. */
export function emailQueryKey(accountId: string) {
  return ['email-settings', accountId] as const;
}

export function emailSettingsQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: [...emailQueryKey(accountId), 'settings'],
    queryFn: ({ signal }) => apiClient.get<EmailSettings>('/api/v1/settings/email', signal),
  });
}

export function outboxQueryOptions(accountId: string, status: MailStatus | null) {
  return infiniteQueryOptions({
    queryKey: [...emailQueryKey(accountId), 'outbox', status],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (status) params.set('status', status);
      if (pageParam) params.set('cursor', pageParam);
      return apiClient.get<OutboxPage>(`/api/v1/settings/email/outbox?${params.toString()}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function outboxMailQueryOptions(accountId: string, mailId: string) {
  return queryOptions({
    queryKey: [...emailQueryKey(accountId), 'mail', mailId],
    queryFn: ({ signal }) => apiClient.get<OutboxMail>(`/api/v1/settings/email/outbox/${encodeURIComponent(mailId)}`, signal),
  });
}

export function saveEmailSettings(body: UpdateEmailSettingsBody): Promise<EmailSettings> {
  return apiRequest<EmailSettings>('/api/v1/settings/email', { method: 'PUT', body });
}

export function sendTestEmail(): Promise<SendTestEmailResponse> {
  return apiClient.post<SendTestEmailResponse>('/api/v1/settings/email/test');
}
