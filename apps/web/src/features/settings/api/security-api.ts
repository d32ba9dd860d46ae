import type { RevokedSessions, UserSession, UserSessionList } from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

export const SESSIONS_QUERY_KEY = ['me', 'sessions'] as const;

export function listSessions(signal?: AbortSignal): Promise<UserSession[]> {
  return apiClient.get<UserSessionList>('/api/v1/me/sessions', signal).then((list) => list.items);
}

export function revokeSession(sessionId: string): Promise<unknown> {
  return apiRequest(`/api/v1/me/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}

export function revokeOtherSessions(): Promise<RevokedSessions> {
  return apiClient.post<RevokedSessions>('/api/v1/me/sessions/revoke-others');
}

/** better-auth's endpoint: a wrong current password answers { code: 'INVALID_PASSWORD' }. */
export function changePassword(body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }): Promise<unknown> {
  return apiClient.post('/api/auth/change-password', body);
}
