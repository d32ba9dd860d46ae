// Groups: query options and the calls behind the groups page, its drawer and the member picker.
import { queryOptions } from '@tanstack/react-query';
import type { CreateGroupBody, Group, GroupMemberPage, GroupPage, RulePreview, UpdateGroupBody } from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

export const GROUPS_QUERY_KEY = ['groups'] as const;
const PAGE_SIZE = 200;

/** Every group of the account (the tree needs them all), following the cursor page by page. */
async function fetchAllGroups(signal: AbortSignal): Promise<Group[]> {
  const groups: Group[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: GroupPage = await apiClient.get<GroupPage>(`/api/v1/groups?limit=${String(PAGE_SIZE)}${query}`, signal);
    groups.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return groups;
}

export function groupsQueryOptions(accountId: string) {
  return queryOptions({ queryKey: [...GROUPS_QUERY_KEY, accountId], queryFn: ({ signal }) => fetchAllGroups(signal) });
}

export function groupMembersQueryOptions(groupId: string) {
  return queryOptions({
    queryKey: [...GROUPS_QUERY_KEY, 'members', groupId],
    queryFn: ({ signal }) => apiClient.get<GroupMemberPage>(`/api/v1/groups/${encodeURIComponent(groupId)}/members?limit=200`, signal),
  });
}

export function createGroup(body: CreateGroupBody): Promise<Group> {
  return apiClient.post<Group>('/api/v1/groups', body);
}

export function updateGroup(id: string, body: UpdateGroupBody): Promise<Group> {
  return apiClient.patch<Group>(`/api/v1/groups/${encodeURIComponent(id)}`, body);
}

export function setGroupRoles(id: string, roleIds: readonly string[]): Promise<unknown> {
  return apiRequest(`/api/v1/groups/${encodeURIComponent(id)}/roles`, { method: 'PUT', body: { roleIds } });
}

export function deleteGroup(id: string): Promise<unknown> {
  return apiRequest(`/api/v1/groups/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function addGroupMember(groupId: string, userId: string): Promise<unknown> {
  return apiRequest(`/api/v1/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`, { method: 'POST' });
}

export function removeGroupMember(groupId: string, userId: string): Promise<unknown> {
  return apiRequest(`/api/v1/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export function previewRule(rule: string, signal?: AbortSignal): Promise<RulePreview> {
  return apiRequest<RulePreview>('/api/v1/groups/validate-rule', { method: 'POST', body: { rule }, signal });
}

/** A person the member picker can offer (from the users list). */
export interface UserOption {
  id: string;
  name: string;
  email: string;
}

export function searchUsers(q: string, signal?: AbortSignal): Promise<UserOption[]> {
  return apiClient.get<{ items: UserOption[] }>(`/api/v1/users?limit=10&q=${encodeURIComponent(q)}`, signal).then((page) => page.items);
}
