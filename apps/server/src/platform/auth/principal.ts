/**
 * Who is calling: the session cookie resolved — in one query — to a user, their active account and
 * their role in it. Null when the request carries no valid, unexpired session.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { AccountSummary, AccountTier, MemberRole, Preferences } from '@flowforge/contracts';
import type { Pool } from '../db/pool.ts';
import type { RateLimit } from '../http/rate-limit-bucket.ts';
import { SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S, type Auth } from './auth.ts';
import { ROLE_PERMISSIONS, type Permission } from './permissions.ts';
import { readSessionToken } from './session-cookie.ts';

export type Principal = {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  preferences: Partial<Preferences>;
  /** Null only for a user without any membership (e.g. removed from their last account). */
  accountId: string | null;
  accountName: string | null;
  accountSlug: string | null;
  /** Every account the user belongs to, oldest membership first. */
  accounts: AccountSummary[];
  role: MemberRole | null;
  tier: AccountTier;
  customRateLimit: RateLimit | null;
  permissions: readonly Permission[];
  /** better-auth extends a session once a day of use; true when that is due. */
  isRefreshDue: boolean;
};

export type SessionSource = { auth: Auth; appPool: Pool; authSecret: string };

type SessionRow = {
  session_id: string; user_id: string; email: string; name: string; preferences: Partial<Preferences>; session_expires_at: Date;
  account_id: string | null; role: MemberRole | null; tier: AccountTier | null; rate_limit: RateLimit | null;
  account_name: string | null; account_slug: string | null; accounts: AccountSummary[];
};


/** Resolves the session cookie in `headers` (migration 0006's app_resolve_session). */
export async function resolvePrincipal(source: SessionSource, headers: IncomingHttpHeaders, now = Date.now()): Promise<Principal | null> {
  const token = readSessionToken(headers.cookie, source.authSecret);
  if (!token) return null;
  const { rows } = await source.appPool.query<SessionRow>('select * from app_resolve_session($1)', [token]);
  const row = rows[0];
  if (!row) return null;
  const identity = {
    userId: row.user_id, sessionId: row.session_id, email: row.email, name: row.name, preferences: row.preferences,
    accounts: row.accounts, isRefreshDue: isRefreshDue(row.session_expires_at, now),
  };
  if (!row.account_id || !row.role) return { ...identity, ...NO_MEMBERSHIP };
  return {
    ...identity,
    accountId: row.account_id,
    accountName: row.account_name,
    accountSlug: row.account_slug,
    role: row.role,
    tier: row.tier ?? 'free',
    customRateLimit: row.rate_limit,
    permissions: ROLE_PERMISSIONS[row.role],
  };
}

const NO_MEMBERSHIP = { accountId: null, accountName: null, accountSlug: null, role: null, tier: 'free', customRateLimit: null, permissions: [] } as const;

// better-auth's rule: a session is extended once it is older than SESSION_UPDATE_AGE_S.
function isRefreshDue(expiresAt: Date, now: number): boolean {
  return expiresAt.getTime() - SESSION_EXPIRES_IN_S * 1000 + SESSION_UPDATE_AGE_S * 1000 <= now;
}

/** Lets better-auth extend the session; returns the refreshed cookies to send back. */
export async function refreshSession(auth: Auth, headers: IncomingHttpHeaders): Promise<string[]> {
  const result = await auth.api.getSession({ headers: fromNodeHeaders(headers), returnHeaders: true });
  return result.headers.getSetCookie();
}
