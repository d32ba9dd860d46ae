// Roles and the permission catalog: query options and the calls behind the role editor.
import { queryOptions } from '@tanstack/react-query';
import type { CreateRoleBody, PermissionCatalog, Role, RoleList, UpdateRoleBody } from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

export const ROLES_QUERY_KEY = ['roles'] as const;

export function rolesQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: [...ROLES_QUERY_KEY, accountId],
    queryFn: ({ signal }) => apiClient.get<RoleList>('/api/v1/roles', signal).then((list) => list.items),
  });
}

export const permissionCatalogQueryOptions = queryOptions({
  queryKey: ['permission-catalog'],
  queryFn: ({ signal }) => apiClient.get<PermissionCatalog>('/api/v1/permissions', signal),
  staleTime: Infinity,
});

export function createRole(body: CreateRoleBody): Promise<Role> {
  return apiClient.post<Role>('/api/v1/roles', body);
}

export function updateRole(id: string, body: UpdateRoleBody): Promise<Role> {
  return apiClient.patch<Role>(`/api/v1/roles/${encodeURIComponent(id)}`, body);
}

export function deleteRole(id: string): Promise<unknown> {
  return apiRequest(`/api/v1/roles/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
