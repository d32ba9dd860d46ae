// Fetchers and query options of Admin › Service accounts. Keys start with the account id, so the
// lists of one account never show in another.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  ApiKey, ApiKeyList, CreateApiKeyBody, CreatedApiKey, CreatedOAuthClient, CreateOAuthClientBody, CreateServiceAccountBody, OAuthClient,
  OAuthClientList, ServiceAccount, ServiceAccountPage, UpdateServiceAccountBody,
} from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

const BASE = '/api/v1/service-accounts';
const PAGE_SIZE = 50;
const path = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;

export const serviceAccountKeys = {
  all: (accountId: string) => ['service-accounts', accountId] as const,
  list: (accountId: string) => ['service-accounts', accountId, 'list'] as const,
  one: (accountId: string, id: string) => ['service-accounts', accountId, 'one', id] as const,
  apiKeys: (accountId: string, id: string) => ['service-accounts', accountId, 'one', id, 'api-keys'] as const,
  oauthClients: (accountId: string, id: string) => ['service-accounts', accountId, 'one', id, 'oauth-clients'] as const,
};

export function serviceAccountsQueryOptions(accountId: string) {
  return infiniteQueryOptions({
    queryKey: serviceAccountKeys.list(accountId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      apiClient.get<ServiceAccountPage>(`${BASE}?limit=${String(PAGE_SIZE)}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`, signal),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function serviceAccountQueryOptions(accountId: string, id: string) {
  return queryOptions({ queryKey: serviceAccountKeys.one(accountId, id), queryFn: ({ signal }) => apiClient.get<ServiceAccount>(path(id), signal) });
}

export function apiKeysQueryOptions(accountId: string, id: string) {
  return queryOptions({
    queryKey: serviceAccountKeys.apiKeys(accountId, id),
    queryFn: ({ signal }) => apiClient.get<ApiKeyList>(path(id, '/api-keys'), signal).then((list): ApiKey[] => list.items),
  });
}

export function oauthClientsQueryOptions(accountId: string, id: string) {
  return queryOptions({
    queryKey: serviceAccountKeys.oauthClients(accountId, id),
    queryFn: ({ signal }) => apiClient.get<OAuthClientList>(path(id, '/oauth-clients'), signal).then((list): OAuthClient[] => list.items),
  });
}

export const createServiceAccount = (body: CreateServiceAccountBody) => apiClient.post<ServiceAccount>(BASE, body);
export const updateServiceAccount = (id: string, body: UpdateServiceAccountBody) => apiClient.patch<ServiceAccount>(path(id), body);
export const disableServiceAccount = (id: string) => apiRequest<undefined>(path(id), { method: 'DELETE' });
export const createApiKey = (id: string, body: CreateApiKeyBody) => apiClient.post<CreatedApiKey>(path(id, '/api-keys'), body);
export const revokeApiKey = (id: string, keyId: string) => apiRequest<undefined>(path(id, `/api-keys/${encodeURIComponent(keyId)}`), { method: 'DELETE' });
export const createOAuthClient = (id: string, body: CreateOAuthClientBody) => apiClient.post<CreatedOAuthClient>(path(id, '/oauth-clients'), body);
export const rotateClientSecret = (id: string, clientId: string, graceHours: number) =>
  apiClient.post<CreatedOAuthClient>(path(id, `/oauth-clients/${encodeURIComponent(clientId)}/rotate-secret`), { graceHours });
export const revokeOAuthClient = (id: string, clientId: string) => apiRequest<undefined>(path(id, `/oauth-clients/${encodeURIComponent(clientId)}`), { method: 'DELETE' });
