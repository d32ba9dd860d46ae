/**
 * Who is calling when a request carries `X-API-Key`: the key's SHA-256 resolved — in one query
 * (migration 0013's app_resolve_api_key) — to its service account, the service user it acts as, the
 * account and the key's own permissions and IP allowlist. Also the mapping every service credential
 * shares (bearer-principal.ts uses it for OAuth access tokens). A present but unusable credential is
 * an error here, never an anonymous caller.
 */
import { createHash } from 'node:crypto';
import { isServicePermission, SERVICE_PERMISSIONS, type AccountTier, type Permission, type Preferences, type RateLimitSetting } from '@flowforge/contracts';
import { DomainError } from '../errors.ts';
import type { Pool } from '../db/pool.ts';
import type { RateLimit } from '../http/rate-limit-bucket.ts';
import { isIpAllowed } from '../http/ip-allowlist.ts';
import type { Principal } from './principal.ts';

export const API_KEY_PREFIX = 'ffk_';
/** `ffk_` + 32 random bytes in base64url. */
export const API_KEY_PATTERN = /^ffk_[A-Za-z0-9_-]{43}$/;

/** A row of app_resolve_api_key / app_resolve_oauth_client (type service_principal). */
export type ServicePrincipalRow = {
  credential_id: string; service_account_id: string; user_id: string; user_name: string; user_email: string; preferences: Partial<Preferences>;
  account_id: string; account_name: string; account_slug: string; tier: AccountTier; account_rate_limit: RateLimit | null;
  service_rate_limit: RateLimitSetting | null; permissions: string[]; credential_ip_allowlist: string[]; account_ip_allowlist: string[];
  disabled_features: string[]; expires_at: Date | null; revoked_at: Date | null; disabled_at: Date | null; is_member: boolean;
  secret_hash: string | null; previous_secret_hash: string | null; previous_secret_expires_at: Date | null;
};

/** SHA-256 hex: how API keys and client secrets are stored (they are random, so no slow hash is needed). */
export function hashCredential(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Why a credential cannot be used now, in words for the caller; null when it can. */
export function findRefusal(row: ServicePrincipalRow, what: 'API key' | 'OAuth client', now: number): string | null {
  if (row.revoked_at) return `The ${what} was revoked on ${row.revoked_at.toISOString()}.`;
  if (row.expires_at && row.expires_at.getTime() <= now) return `The ${what} expired on ${row.expires_at.toISOString()}.`;
  if (row.disabled_at) return `The service account of this ${what} was disabled on ${row.disabled_at.toISOString()}.`;
  if (!row.is_member) return `The service account of this ${what} is no longer an active member of its account.`;
  return null;
}

/** The principal of a usable credential; `permissions` are what the credential grants. */
export function toServicePrincipal(row: ServicePrincipalRow, permissions: readonly string[]): Principal {
  const granted = new Set(permissions.filter(isServicePermission));
  return {
    kind: 'service', serviceAccountId: row.service_account_id, userId: row.user_id, sessionId: row.credential_id,
    email: row.user_email, name: row.user_name, preferences: row.preferences,
    accountId: row.account_id, accountName: row.account_name, accountSlug: row.account_slug,
    accounts: [{ id: row.account_id, name: row.account_name, slug: row.account_slug }],
    roleNames: [], roleKeys: [],
    ...rateLimitOf(row),
    permissions: SERVICE_PERMISSIONS.filter((permission): permission is Permission => granted.has(permission)),
    disabledFeatures: row.disabled_features,
    ipAllowlist: row.account_ip_allowlist,
    mfaSetupRequired: false,
    isRefreshDue: false,
  };
}

// A service account's own limits win; without them it has the account's tier (but its own bucket).
function rateLimitOf(row: ServicePrincipalRow): { tier: AccountTier; customRateLimit: RateLimit | null } {
  const own = row.service_rate_limit;
  if (own && 'tier' in own) return { tier: own.tier, customRateLimit: null };
  if (own) return { tier: 'custom', customRateLimit: own };
  return { tier: row.tier, customRateLimit: row.account_rate_limit };
}

export function unauthenticated(detail: string, scheme: 'ApiKey' | 'Bearer'): DomainError {
  const challenge = scheme === 'Bearer' ? 'Bearer realm="flowforge", error="invalid_token"' : 'ApiKey realm="flowforge"';
  return new DomainError('unauthenticated', detail, { headers: { 'www-authenticate': challenge } });
}

export type ApiKeyCall = { key: string; ip: string; now?: number };

/** Resolves an `X-API-Key`; throws 401 for a malformed, unknown or unusable key, 403 outside its IP allowlist. */
export async function resolveApiKeyPrincipal(appPool: Pool, call: ApiKeyCall): Promise<Principal> {
  const now = call.now ?? Date.now();
  if (!API_KEY_PATTERN.test(call.key)) throw unauthenticated('The X-API-Key header does not hold a FlowForge API key (ffk_ followed by 43 characters).', 'ApiKey');
  // A named (prepared) statement: parsed and planned once per connection, not per request.
  const { rows } = await appPool.query<ServicePrincipalRow>({ name: 'resolve-api-key', text: 'select * from app_resolve_api_key($1)', values: [hashCredential(call.key)] });
  const row = rows[0];
  if (!row) throw unauthenticated('The API key is not valid. Check that it was copied completely, or create a new one.', 'ApiKey');
  const refusal = findRefusal(row, 'API key', now);
  if (refusal) throw unauthenticated(refusal, 'ApiKey');
  if (!isIpAllowed(call.ip, row.credential_ip_allowlist)) {
    throw new DomainError('ip-not-allowed', `This API key can only be used from ${row.credential_ip_allowlist.join(', ')}; your address ${call.ip} is not one of them.`);
  }
  return toServicePrincipal(row, row.permissions);
}
