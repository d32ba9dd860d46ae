/**
 * Keeps users.last_login_at: set whenever better-auth creates a session that is a sign-in. Runs as
 * better-auth's `session.create.after` database hook, which better-auth queues until its own
 * transaction has committed, so a plain query on the app pool is safe (users has no row-level
 * security: a person is not a tenant resource).
 */
import type { GenericEndpointContext } from '@better-auth/core';
import type { Pool } from '../db/pool.ts';

/** better-auth's first-factor sign-ins, after which the two-factor plugin may ask for a code. */
const FIRST_FACTOR_PATHS = new Set(['/sign-in/email', '/sign-in/username', '/sign-in/phone-number']);
const TRUST_DEVICE_COOKIE = 'trust_device';

/**
 * Two kinds of new session are not a sign-in: a replacement of the caller's own session (better-auth
 * rotates it when two-factor is switched on or off), and the password step of a user with two-factor
 * authentication — the plugin deletes that session again and the sign-in happens with the code
 * (unless the browser presents a trusted-device cookie, then the password session is kept).
 */
export async function recordSignIn(pool: Pool, userId: string, ctx: GenericEndpointContext | null): Promise<void> {
  if (ctx?.context.session) return;
  const awaitsSecondFactor = ctx !== null && FIRST_FACTOR_PATHS.has(ctx.path) && !(await hasTrustedDeviceCookie(ctx));
  await pool.query('update users set last_login_at = now() where id = $1 and not ($2 and two_factor_enabled)', [userId, awaitsSecondFactor]);
}

async function hasTrustedDeviceCookie(ctx: GenericEndpointContext): Promise<boolean> {
  const cookie = ctx.context.createAuthCookie(TRUST_DEVICE_COOKIE);
  return Boolean(await ctx.getSignedCookie(cookie.name, ctx.context.secret));
}
