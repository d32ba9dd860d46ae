/**
 * Who is calling with `Authorization: Bearer <access token>`: the JWT is verified locally (RS256
 * signature, expiry, issuer, audience), then one query (app_resolve_oauth_client) checks that its
 * client still exists, is not revoked and that its service account is still enabled — so revoking
 * a client or disabling its service account stops its tokens at once, not after an hour. The
 * permissions are the token's scope, narrowed to what the client may still grant.
 */
import type { Pool } from '../db/pool.ts';
import { findRefusal, toServicePrincipal, unauthenticated, type ServicePrincipalRow } from './api-key-principal.ts';
import { verifyAccessToken } from './jwt.ts';
import type { Principal } from './principal.ts';
import type { SigningKeys } from './signing-keys.ts';

export type BearerSource = { appPool: Pool; signingKeys: SigningKeys; baseUrl: string };

/** The OAuth client with this public id, with everything a principal needs (null when unknown). */
export async function findOAuthClientPrincipal(appPool: Pool, clientId: string): Promise<ServicePrincipalRow | null> {
  const { rows } = await appPool.query<ServicePrincipalRow>({ name: 'resolve-oauth-client', text: 'select * from app_resolve_oauth_client($1)', values: [clientId] });
  return rows[0] ?? null;
}

/** Resolves an access token; throws 401 with the reason when it cannot be used. */
export async function resolveBearerPrincipal(source: BearerSource, token: string, now = Date.now()): Promise<Principal> {
  const check = verifyAccessToken(token, { keys: source.signingKeys, issuer: source.baseUrl, now });
  if (!check.ok) throw unauthenticated(check.reason, 'Bearer');
  const { claims } = check;
  const row = await findOAuthClientPrincipal(source.appPool, claims.client_id);
  if (!row || row.account_id !== claims.acc || row.user_id !== claims.sub) {
    throw unauthenticated('The OAuth client of this access token no longer exists.', 'Bearer');
  }
  const refusal = findRefusal(row, 'OAuth client', now);
  if (refusal) throw unauthenticated(refusal, 'Bearer');
  const scope = new Set(claims.scope.split(' '));
  return toServicePrincipal(row, row.permissions.filter((permission) => scope.has(permission)));
}
