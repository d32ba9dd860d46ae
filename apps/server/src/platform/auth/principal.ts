/**
 * Who is calling: the session cookie resolved — in one query — to a user, their active account, the
 * roles they hold there (directly and through groups) and the account's policies. Null when the
 * request carries no valid, unexpired session (including one older than the account's timeout).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import { effectivePermissions, type AccountSummary, type AccountTier, type Permission, type Preferences } from '@flowforge/contracts';
import type { Pool } from '../db/pool.ts';
import type { RateLimit } from '../http/rate-limit-bucket.ts';
import { SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S, type Auth } from './auth.ts';
import { readSessionToken } from './session-cookie.ts';

export type Principal = {
  /** A person signed in with a session, or a service account calling with an API key or access token. */
  kind: 'user' | 'service';
  /** The user acting: for a service, its service user (so audit entries name the service). */
  userId: string;
  /** The session; for a service, the API key or OAuth client it called with. */
  sessionId: string;
  /** Set for kind 'service'. */
  serviceAccountId: string | null;
  email: string;
  name: string;
  preferences: Partial<Preferences>;
  /** Null only for a user without any membership (e.g. removed from their last account). */
  accountId: string | null;
  accountName: string | null;
  accountSlug: string | null;
  /** Every account the user belongs to, oldest membership first. */
  accounts: AccountSummary[];
  /** Names of the roles held in the active account (system roles first). */
  roleNames: readonly string[];
  /** System roles held (owner, admin, member, viewer). */
  roleKeys: readonly string[];
  tier: AccountTier;
  customRateLimit: RateLimit | null;
  permissions: readonly Permission[];
  /** Account features switched off: their routes answer 404. */
  disabledFeatures: readonly string[];
  /** CIDR ranges the account may be used from; empty means anywhere. */
  ipAllowlist: readonly string[];
  /** The account requires MFA and this user has not enrolled yet. */
  mfaSetupRequired: boolean;
  /** better-auth extends a session once a day of use; true when that is due. */
  isRefreshDue: boolean;
};

export type SessionSource = { auth: Auth; appPool: Pool; authSecret: string };

type SessionRow = {
  session_id: string; user_id: string; email: string; name: string; preferences: Partial<Preferences>;
  session_created_at: Date; session_expires_at: Date; two_factor_enabled: boolean;
  account_id: string | null; tier: AccountTier | null; rate_limit: RateLimit | null;
  account_name: string | null; account_slug: string | null; accounts: AccountSummary[];
  role_keys: string[]; role_names: string[]; custom_permissions: string[]; disabled_features: string[];
  ip_allowlist: string[]; require_mfa: boolean; session_timeout_minutes: number | null;
};


/** Resolves the session cookie in `headers` (migration 0006's app_resolve_session). */
export async function resolvePrincipal(source: SessionSource, headers: IncomingHttpHeaders, now = Date.now()): Promise<Principal | null> {
  const token = readSessionToken(headers.cookie, source.authSecret);
  if (!token) return null;
  const { rows } = await source.appPool.query<SessionRow>('select * from app_resolve_session($1)', [token]);
  const row = rows[0];
  if (!row || isTimedOut(row, now)) return null;
  const identity = {
    kind: 'user' as const, serviceAccountId: null, userId: row.user_id, sessionId: row.session_id, email: row.email, name: row.name, preferences: row.preferences,
    accounts: row.accounts, isRefreshDue: isRefreshDue(row.session_expires_at, now),
  };
  if (!row.account_id) return { ...identity, ...NO_MEMBERSHIP };
  return {
    ...identity,
    accountId: row.account_id,
    accountName: row.account_name,
    accountSlug: row.account_slug,
    roleNames: row.role_names,
    roleKeys: row.role_keys,
    tier: row.tier ?? 'free',
    customRateLimit: row.rate_limit,
    permissions: effectivePermissions(row.role_keys, row.custom_permissions),
    disabledFeatures: row.disabled_features,
    ipAllowlist: row.ip_allowlist,
    mfaSetupRequired: row.require_mfa && !row.two_factor_enabled,
  };
}

const NO_MEMBERSHIP = {
  accountId: null, accountName: null, accountSlug: null, roleNames: [], roleKeys: [], tier: 'free', customRateLimit: null,
  permissions: [], disabledFeatures: [], ipAllowlist: [], mfaSetupRequired: false,
} as const;

function isTimedOut(row: SessionRow, now: number): boolean {
  return row.session_timeout_minutes !== null && row.session_created_at.getTime() + row.session_timeout_minutes * 60_000 <= now;
}

// better-auth's rule: a session is extended once it is older than SESSION_UPDATE_AGE_S.
function isRefreshDue(expiresAt: Date, now: number): boolean {
  return expiresAt.getTime() - SESSION_EXPIRES_IN_S * 1000 + SESSION_UPDATE_AGE_S * 1000 <= now;
}

/** Lets better-auth extend the session; returns the refreshed cookies to send back. */
export async function refreshSession(auth: Auth, headers: IncomingHttpHeaders): Promise<string[]> {
  const result = await auth.api.getSession({ headers: fromNodeHeaders(headers), returnHeaders: true });
  return result.headers.getSetCookie();
}
