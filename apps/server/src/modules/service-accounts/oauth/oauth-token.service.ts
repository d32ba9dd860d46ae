/**
 * The OAuth 2.0 token endpoint for the client-credentials grant (RFC 6749 §4.4). Clients
 * authenticate with HTTP Basic or with `client_id`/`client_secret` in the body (§2.3.1); `scope`
 * narrows the client's permissions. Answers are OAuth's own (§5.1, §5.2), not problem details.
 * A successful exchange is recorded on the client and in the audit trail, as the service user.
 */
import { ACCESS_TOKEN_TTL_SECONDS, TokenRequestSchema, type OAuthErrorCode, type TokenRequest, type TokenResponse } from '@flowforge/contracts';
import { findRefusal, type ServicePrincipalRow } from '../../../platform/auth/api-key-principal.ts';
import { findOAuthClientPrincipal } from '../../../platform/auth/bearer-principal.ts';
import { issueAccessToken } from '../../../platform/auth/jwt.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import type { Platform } from '../../../platform/platform.ts';
import { isSecretMatching } from '../credential-secrets.ts';
import { markOAuthClientUsed } from '../credentials.repository.ts';

export type TokenCall = { body: unknown; authorization: string | undefined; ip: string; requestId: string };
export type TokenResult = { ok: true; body: TokenResponse } | { ok: false; status: 400 | 401; error: OAuthErrorCode; description: string };

type ClientCredentials = { clientId: string; clientSecret: string };

const fail = (status: 400 | 401, error: OAuthErrorCode, description: string): TokenResult => ({ ok: false, status, error, description });
const invalidClient = (description: string) => fail(401, 'invalid_client', description);

export async function exchangeClientCredentials(platform: Platform, call: TokenCall): Promise<TokenResult> {
  const parsed = TokenRequestSchema.safeParse(call.body ?? {});
  if (!parsed.success) return fail(400, 'invalid_request', `Invalid parameter ${String(parsed.error.issues[0]?.path[0] ?? 'body')}: send grant_type and optionally client_id, client_secret and scope.`);
  const request = parsed.data;
  if (request.grant_type !== 'client_credentials') return fail(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
  const now = Date.now();
  const client = await authenticateClient(platform, { authorization: call.authorization, request, now });
  if ('error' in client) return client.error;
  const scope = grantedScope(client.row, request.scope);
  if ('error' in scope) return scope.error;
  const accessToken = issueAccessToken({
    issuer: platform.baseUrl, subject: client.row.user_id, accountId: client.row.account_id, clientId: client.clientId, scope: scope.value,
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS, now,
  }, platform.signingKeys);
  await recordTokenIssued(platform, { row: client.row, call, scope: scope.value });
  return { ok: true, body: { access_token: accessToken, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_SECONDS, scope: scope.value } };
}

type ClientAuthentication = { authorization: string | undefined; request: TokenRequest; now: number };

/** The client, authenticated and usable; else the OAuth error to answer. */
async function authenticateClient(platform: Platform, { authorization, request, now }: ClientAuthentication): Promise<{ row: ServicePrincipalRow; clientId: string } | { error: TokenResult }> {
  const credentials = readClientCredentials(authorization, request);
  if ('error' in credentials) return credentials;
  const row = await findOAuthClientPrincipal(platform.appPool, credentials.clientId);
  if (!row || !isCurrentSecret(row, credentials.clientSecret, now)) return { error: invalidClient('Unknown client or wrong client secret.') };
  const refusal = findRefusal(row, 'OAuth client', now);
  if (refusal) return { error: invalidClient(refusal) };
  return { row, clientId: credentials.clientId };
}

// RFC 6749 §2.3.1: one authentication method per request; Basic values are form-encoded.
function readClientCredentials(authorization: string | undefined, body: { client_id?: string | undefined; client_secret?: string | undefined }): ClientCredentials | { error: TokenResult } {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const inBody = body.client_id !== undefined || body.client_secret !== undefined;
  if (basic !== undefined && inBody) return { error: fail(400, 'invalid_request', 'Authenticate the client either with HTTP Basic or in the body, not both.') };
  if (basic !== undefined) return decodeBasic(basic);
  if (body.client_id !== undefined && body.client_secret !== undefined) return { clientId: body.client_id, clientSecret: body.client_secret };
  return { error: invalidClient('Client authentication is missing: send HTTP Basic credentials or client_id and client_secret.') };
}

function decodeBasic(value: string): ClientCredentials | { error: TokenResult } {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { error: invalidClient('The Basic credentials must be client_id:client_secret.') };
  try {
    return { clientId: decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' ')), clientSecret: decodeURIComponent(decoded.slice(colon + 1).replaceAll('+', ' ')) };
  } catch {
    return { error: invalidClient('The Basic credentials are not correctly encoded.') };
  }
}

/** The current secret, or the previous one during its grace period. */
function isCurrentSecret(row: ServicePrincipalRow, secret: string, now: number): boolean {
  if (isSecretMatching(secret, row.secret_hash)) return true;
  const graceEnds = row.previous_secret_expires_at?.getTime() ?? 0;
  return graceEnds > now && isSecretMatching(secret, row.previous_secret_hash);
}

/** Without `scope`, everything the client may have; with it, a subset of that (§3.3). */
function grantedScope(row: ServicePrincipalRow, requested: string | undefined): { value: string } | { error: TokenResult } {
  const wanted = (requested ?? '').split(' ').filter(Boolean);
  if (wanted.length === 0) return { value: row.permissions.join(' ') };
  const refused = wanted.filter((permission) => !row.permissions.includes(permission));
  if (refused.length > 0) return { error: fail(400, 'invalid_scope', `This client may not request: ${refused.join(' ')}. It may request: ${row.permissions.join(' ') || '(nothing)'}.`) };
  return { value: [...new Set(wanted)].join(' ') };
}

async function recordTokenIssued(platform: Platform, { row, call, scope }: { row: ServicePrincipalRow; call: TokenCall; scope: string }): Promise<void> {
  await withTenant(platform.appPool, { accountId: row.account_id, userId: row.user_id }, async (tx) => {
    await markOAuthClientUsed(tx, row.credential_id);
    await recordAudit(tx, { requestId: call.requestId, ip: call.ip, principal: { userId: row.user_id, accountId: row.account_id } }, {
      action: 'oauth-client.token-issued', resourceType: 'oauth-client', resourceId: row.credential_id, after: { scope, expiresIn: ACCESS_TOKEN_TTL_SECONDS },
    });
  });
}
