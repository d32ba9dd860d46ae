/**
 * Who is calling: the better-auth session (cookie) resolved to a user, their active account and
 * their role in it. Null when the request carries no valid session.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { AccountTier, MemberRole } from '@flowforge/contracts';
import type { Pool } from '../db/pool.ts';
import { withUser } from '../db/with-tenant.ts';
import type { Auth } from './auth.ts';
import { ROLE_PERMISSIONS, type Permission } from './permissions.ts';
import type { RateLimit } from '../http/rate-limit-bucket.ts';

export type Principal = {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  /** Null only for a user without any membership (e.g. removed from their last account). */
  accountId: string | null;
  role: MemberRole | null;
  tier: AccountTier;
  customRateLimit: RateLimit | null;
  permissions: readonly Permission[];
};

type MembershipRow = { account_id: string; role: MemberRole; tier: AccountTier; rate_limit: RateLimit | null };

/** Resolves the session cookie in `headers`; null when absent, expired or revoked. */
export async function resolvePrincipal(auth: Auth, pool: Pool, headers: IncomingHttpHeaders): Promise<Principal | null> {
  if (!headers.cookie?.includes('flowforge.session_token')) return null;
  const found = await auth.api.getSession({ headers: fromNodeHeaders(headers) });
  if (!found) return null;
  const { user, session } = found;
  const membership = await findActiveMembership(pool, user.id, session.activeAccountId ?? null);
  const identity = { userId: user.id, sessionId: session.id, email: user.email, name: user.name };
  if (!membership) return { ...identity, ...NO_MEMBERSHIP };
  return {
    ...identity,
    accountId: membership.account_id,
    role: membership.role,
    tier: membership.tier,
    customRateLimit: membership.rate_limit,
    permissions: ROLE_PERMISSIONS[membership.role],
  };
}

const NO_MEMBERSHIP = { accountId: null, role: null, tier: 'free', customRateLimit: null, permissions: [] } as const;

// The session's chosen account if the user still belongs to it, else their oldest membership.
async function findActiveMembership(pool: Pool, userId: string, preferredAccountId: string | null): Promise<MembershipRow | undefined> {
  return withUser(pool, userId, async (tx) => {
    const { rows } = await tx.query<MembershipRow>(
      `select m.account_id, m.role, a.tier, a.rate_limit
         from memberships m join accounts a on a.id = m.account_id
        where m.user_id = $1
        order by (m.account_id = $2::uuid) desc nulls last, m.created_at
        limit 1`,
      [userId, preferredAccountId],
    );
    return rows[0];
  });
}
