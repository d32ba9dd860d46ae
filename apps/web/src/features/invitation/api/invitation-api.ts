// The public invitation endpoints: what a link is for, and accepting it.
import { queryOptions } from '@tanstack/react-query';
import type { AcceptedInvitation, AcceptInvitationBody, Invitation } from '@flowforge/contracts';
import { apiClient } from '../../../lib/api-client';

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => apiClient.get<Invitation>(`/api/v1/invitations/${encodeURIComponent(token)}`, signal),
    // A used or expired link stays that way: no retries, no refetch on focus.
    retry: false,
    staleTime: Infinity,
  });
}

export function acceptInvitation(token: string, body: AcceptInvitationBody): Promise<AcceptedInvitation> {
  return apiClient.post<AcceptedInvitation>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, body);
}

/** Ends the current session (someone else is signed in on this browser). */
export function signOutCurrentSession(): Promise<unknown> {
  return apiClient.post('/api/auth/sign-out', {});
}
