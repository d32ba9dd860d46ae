// The teams endpoints as the web app calls them: query options (with their keys) and mutations.
import { queryOptions } from '@tanstack/react-query';
import type {
  AcceptedTeamInvitation, CreateTeamBody, CreateTeamRoleBody, MyTeamInvitation, TeamDetail, TeamInvitation, TeamList, TeamMember, TeamRole,
  UpdateTeamBody, UpdateTeamRoleBody,
} from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

/** Every teams query starts with this key, so one invalidation refreshes them all. */
export const TEAMS_KEY = ['teams'] as const;
export const MY_TEAM_INVITATIONS_KEY = ['me', 'team-invitations'] as const;

export interface MemberFilter {
  q: string;
  roleId: string;
}

const teamPath = (teamId: string) => `/api/v1/teams/${encodeURIComponent(teamId)}`;

export const teamsQueryOptions = queryOptions({
  queryKey: [...TEAMS_KEY, 'list'],
  queryFn: ({ signal }) => apiClient.get<TeamList>('/api/v1/teams', signal),
});

export function teamQueryOptions(teamId: string) {
  return queryOptions({ queryKey: [...TEAMS_KEY, teamId], queryFn: ({ signal }) => apiClient.get<TeamDetail>(teamPath(teamId), signal) });
}

export function teamMembersQueryOptions(teamId: string, filter: MemberFilter) {
  const search = new URLSearchParams();
  if (filter.q.trim() !== '') search.set('q', filter.q.trim());
  if (filter.roleId !== '') search.set('roleId', filter.roleId);
  const query = search.size > 0 ? `?${search.toString()}` : '';
  return queryOptions({
    queryKey: [...TEAMS_KEY, teamId, 'members', filter],
    queryFn: ({ signal }) => apiClient.get<{ items: TeamMember[] }>(`${teamPath(teamId)}/members${query}`, signal).then((list) => list.items),
    placeholderData: (previous) => previous,
  });
}

export function teamRolesQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: [...TEAMS_KEY, teamId, 'roles'],
    queryFn: ({ signal }) => apiClient.get<{ items: TeamRole[] }>(`${teamPath(teamId)}/roles`, signal).then((list) => list.items),
  });
}

export function teamInvitationsQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: [...TEAMS_KEY, teamId, 'invitations'],
    queryFn: ({ signal }) => apiClient.get<{ items: TeamInvitation[] }>(`${teamPath(teamId)}/invitations`, signal).then((list) => list.items),
  });
}

export const myTeamInvitationsQueryOptions = queryOptions({
  queryKey: MY_TEAM_INVITATIONS_KEY,
  queryFn: ({ signal }) => apiClient.get<{ items: MyTeamInvitation[] }>('/api/v1/me/team-invitations', signal).then((list) => list.items),
});

export const createTeam = (body: CreateTeamBody) => apiClient.post<TeamDetail>('/api/v1/teams', body);
export const updateTeam = (teamId: string, body: UpdateTeamBody) => apiClient.patch<TeamDetail>(teamPath(teamId), body);
export const deleteTeam = (teamId: string, confirm: string) =>
  apiRequest(`${teamPath(teamId)}?confirm=${encodeURIComponent(confirm)}`, { method: 'DELETE' });
export const leaveTeam = (teamId: string) => apiClient.post(`${teamPath(teamId)}/leave`);

export const inviteToTeam = (teamId: string, email: string) => apiClient.post<TeamInvitation>(`${teamPath(teamId)}/invitations`, { email });
export const withdrawInvitation = (teamId: string, invitationId: string) =>
  apiRequest(`${teamPath(teamId)}/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });

export const createTeamRole = (teamId: string, body: CreateTeamRoleBody) => apiClient.post<TeamRole>(`${teamPath(teamId)}/roles`, body);
export const updateTeamRole = (teamId: string, roleId: string, body: UpdateTeamRoleBody) =>
  apiClient.patch<TeamRole>(`${teamPath(teamId)}/roles/${encodeURIComponent(roleId)}`, body);
export const deleteTeamRole = (teamId: string, roleId: string) =>
  apiRequest(`${teamPath(teamId)}/roles/${encodeURIComponent(roleId)}`, { method: 'DELETE' });

export const setMemberRoles = (teamId: string, userId: string, roleIds: string[]) =>
  apiRequest<TeamMember>(`${teamPath(teamId)}/members/${encodeURIComponent(userId)}/roles`, { method: 'PUT', body: { roleIds } });
export const removeMember = (teamId: string, userId: string) =>
  apiRequest(`${teamPath(teamId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });

export const acceptTeamInvitation = (invitationId: string, token: string | undefined) =>
  apiClient.post<AcceptedTeamInvitation>(`/api/v1/me/team-invitations/${encodeURIComponent(invitationId)}/accept`, token === undefined ? {} : { token });
export const declineTeamInvitation = (invitationId: string) =>
  apiClient.post(`/api/v1/me/team-invitations/${encodeURIComponent(invitationId)}/decline`);
