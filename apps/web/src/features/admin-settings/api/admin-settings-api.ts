// Queries and saves of Admin settings (/api/v1/settings/*). Each save answers the new state, which
// replaces the query's data, so the form shows what the server stored.
import { queryOptions } from '@tanstack/react-query';
import type {
  AccountDomain, AccountDomainList, AuditSettings, FeatureSettings, GeneralSettings, SecurityPolicy, UpdateAuditSettingsBody,
  UpdateFeaturesBody, UpdateGeneralSettingsBody, UpdateSecurityPolicyBody,
} from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';

export type SettingsSection = 'general' | 'security' | 'features' | 'domains' | 'audit';

export function settingsQueryKey(accountId: string, section: SettingsSection) {
  return ['admin-settings', accountId, section] as const;
}

function sectionQuery<T>(accountId: string, section: SettingsSection) {
  return queryOptions({
    queryKey: settingsQueryKey(accountId, section),
    queryFn: ({ signal }) => apiClient.get<T>(`/api/v1/settings/${section}`, signal),
  });
}

export const generalSettingsQuery = (accountId: string) => sectionQuery<GeneralSettings>(accountId, 'general');
export const securityPolicyQuery = (accountId: string) => sectionQuery<SecurityPolicy>(accountId, 'security');
export const featureSettingsQuery = (accountId: string) => sectionQuery<FeatureSettings>(accountId, 'features');
export const domainsQuery = (accountId: string) => sectionQuery<AccountDomainList>(accountId, 'domains');
export const auditSettingsQuery = (accountId: string) => sectionQuery<AuditSettings>(accountId, 'audit');

export function saveGeneralSettings(body: UpdateGeneralSettingsBody): Promise<GeneralSettings> {
  return apiRequest<GeneralSettings>('/api/v1/settings/general', { method: 'PUT', body });
}

export function saveSecurityPolicy(body: UpdateSecurityPolicyBody): Promise<SecurityPolicy> {
  return apiRequest<SecurityPolicy>('/api/v1/settings/security', { method: 'PUT', body });
}

export function saveFeatureSettings(body: UpdateFeaturesBody): Promise<FeatureSettings> {
  return apiRequest<FeatureSettings>('/api/v1/settings/features', { method: 'PUT', body });
}

export function saveAuditSettings(body: UpdateAuditSettingsBody): Promise<AuditSettings> {
  return apiRequest<AuditSettings>('/api/v1/settings/audit', { method: 'PUT', body });
}

export function addDomain(domain: string): Promise<AccountDomain> {
  return apiClient.post<AccountDomain>('/api/v1/settings/domains', { domain });
}

export function verifyDomain(id: string): Promise<AccountDomain> {
  return apiClient.post<AccountDomain>(`/api/v1/settings/domains/${encodeURIComponent(id)}/verify`);
}

export function removeDomain(id: string): Promise<unknown> {
  return apiRequest(`/api/v1/settings/domains/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
