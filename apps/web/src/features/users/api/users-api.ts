// The users of the active account: list pages (infinite query), the calls behind the invite
// dialog, the user drawer and the CSV import wizard. Wire types come from the contracts (types only).
import { infiniteQueryOptions } from '@tanstack/react-query';
import type {
  CreateUserBody, ImportPreview, ImportReport, ImportResult, ImportUsersBody, UpdateUserBody, User, UserSortField, UserStatus,
} from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

export const USERS_QUERY_KEY = ['users'] as const;
const PAGE_SIZE = 50;

// As in the contracts (not imported as a value: that would bundle zod).
export const USER_STATUSES: readonly UserStatus[] = ['active', 'pending', 'inactive', 'suspended'];
export const SETTABLE_STATUSES: readonly UserStatus[] = ['active', 'inactive', 'suspended'];

export interface UserFilters {
  q: string;
  status: UserStatus | '';
  roleId: string;
  sort: UserSortField | `-${UserSortField}`;
}

export interface UserPage {
  items: User[];
  nextCursor: string | null;
}

/** The query string of one page: empty filters are left out. */
export function buildUserListPath(filters: UserFilters, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), sort: filters.sort });
  if (filters.q !== '') params.set('q', filters.q);
  if (filters.status !== '') params.set('status', filters.status);
  if (filters.roleId !== '') params.set('roleId', filters.roleId);
  if (cursor !== null) params.set('cursor', cursor);
  return `/api/v1/users?${params.toString()}`;
}

export function usersQueryOptions(accountId: string, filters: UserFilters) {
  return infiniteQueryOptions({
    queryKey: [...USERS_QUERY_KEY, accountId, filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => apiClient.get<UserPage>(buildUserListPath(filters, pageParam), signal),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function createUser(body: CreateUserBody): Promise<User> {
  return apiClient.post<User>('/api/v1/users', body);
}

export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return apiClient.patch<User>(`/api/v1/users/${encodeURIComponent(id)}`, body);
}

export function removeUser(id: string): Promise<unknown> {
  return apiRequest(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function resendInvitation(id: string): Promise<unknown> {
  return apiClient.post(`/api/v1/users/${encodeURIComponent(id)}/invite`);
}

export function previewImport(csv: string): Promise<ImportPreview> {
  return apiClient.post<ImportPreview>('/api/v1/users/import/preview', { csv });
}

/** A dry run answers the report; a real import answers the counts (or a 422 with every bad row). */
export function checkImport(body: Omit<ImportUsersBody, 'dryRun'>): Promise<ImportReport> {
  return apiClient.post<ImportReport>('/api/v1/users/import', { ...body, dryRun: true });
}

export function runImport(body: Omit<ImportUsersBody, 'dryRun'>): Promise<ImportResult> {
  return apiClient.post<ImportResult>('/api/v1/users/import', { ...body, dryRun: false });
}
