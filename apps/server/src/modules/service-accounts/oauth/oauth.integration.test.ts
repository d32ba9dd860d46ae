import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedOAuthClient, Jwks, OAuthClient, ServiceAccount, TokenResponse } from '@flowforge/contracts';
import { signJwt } from '../../../platform/auth/jwt.ts';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { createApiKeyVia, createOAuthClientVia, createServiceAccountVia, requestToken } from '../service-accounts.testing.ts';

let t: TestApp;
let acme: SignedUpUser;
let robot: ServiceAccount;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  robot = await createServiceAccountVia(t.app, acme.headers, { name: 'Token robot' });
});
afterAll(async () => t.close());

const newClient = (permissions?: string[]) => createOAuthClientVia(t.app, { headers: acme.headers, serviceAccountId: robot.id, ...(permissions ? { permissions } : {}) });
const basic = (client: { clientId: string }, secret: string) => `Basic ${Buffer.from(`${client.clientId}:${secret}`).toString('base64')}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function tokenFor(client: CreatedOAuthClient, scope?: string): Promise<string> {
  const response = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret, ...(scope ? { scope } : {}) });
  return response.json<TokenResponse>().access_token;
}

function decodePart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('POST /api/v1/oauth/token', () => {
  it('issues a one-hour RS256 token to a client authenticated in the form body', async () => {
    const client = await newClient();

    const response = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    const body = response.json<TokenResponse>();
    const claims = decodePart(body.access_token, 1);

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'account:read audit:read' });
    expect(decodePart(body.access_token, 0)).toMatchObject({ alg: 'RS256', kid: t.platform.signingKeys.current.kid });
    expect(claims).toMatchObject({ iss: TEST_ORIGIN, sub: robot.userId, aud: 'flowforge-api', acc: acme.accountId, client_id: client.clientId, scope: 'account:read audit:read' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
    expect(claims.jti).toEqual(expect.any(String));
  });

  it('accepts HTTP Basic client authentication and JSON bodies, and narrows to the requested scope', async () => {
    const client = await newClient();

    const response = await t.app.inject({
      method: 'POST', url: '/api/v1/oauth/token', headers: { authorization: basic(client, client.clientSecret) }, payload: { grant_type: 'client_credentials', scope: 'audit:read' },
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ scope: 'audit:read' });
  });

  it('answers 401 invalid_client with WWW-Authenticate to a wrong secret or unknown client', async () => {
    const client = await newClient();

    const wrong = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'ffs_wrong' });
    const unknown = await requestToken(t.app, { grant_type: 'client_credentials' }, { authorization: basic({ clientId: 'ffc_nobody' }, 'x') });
    const none = await requestToken(t.app, { grant_type: 'client_credentials' });

    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: 'invalid_client', error_description: 'Unknown client or wrong client secret.' });
    expect(wrong.headers['www-authenticate']).toBe('Basic realm="flowforge"');
    expect(wrong.headers['cache-control']).toBe('no-store');
    expect(unknown.json()).toMatchObject({ error: 'invalid_client' });
    expect(none.json()).toMatchObject({ error: 'invalid_client' });
  });

  it.each([
    [{ grant_type: 'password' }, 400, 'unsupported_grant_type'],
    [{}, 400, 'invalid_request'],
    [{ grant_type: 'client_credentials', scope: 'account:read users:delete' }, 400, 'invalid_scope'],
  ])('answers %j with %i %s', async (fields, status, error) => {
    const client = await newClient();

    const response = await requestToken(t.app, { client_id: client.clientId, client_secret: client.clientSecret, ...fields });

    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error });
  });

  it('answers invalid_request to unreadable JSON and to two authentication methods at once', async () => {
    const client = await newClient();

    const garbled = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', headers: { 'content-type': 'application/json' }, payload: '{"grant_type":' });
    const twice = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }, { authorization: basic(client, client.clientSecret) });

    expect(garbled.statusCode).toBe(400);
    expect(garbled.json()).toMatchObject({ error: 'invalid_request' });
    expect(twice.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('records the exchange on the client and in the audit trail, as the service user', async () => {
    const client = await newClient();

    await tokenFor(client);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts/${robot.id}/oauth-clients`, headers: acme.headers });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=oauth-client.token-issued', headers: acme.headers });

    expect(list.json<{ items: OAuthClient[] }>().items.find((item) => item.id === client.id)?.lastUsedAt).not.toBeNull();
    expect(audit.json<{ items: { resourceId: string; actorId: string }[] }>().items.find((item) => item.resourceId === client.id)).toMatchObject({ actorId: robot.userId });
  });
});

describe('GET /.well-known/jwks.json and bearer tokens', () => {
  it('publishes the key that verifies the token', async () => {
    const token = await tokenFor(await newClient());

    const response = await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    const jwks = response.json<Jwks>();
    const jwk = jwks.keys.find((key) => key.kid === decodePart(token, 0).kid);
    const [header = '', payload = '', signature = ''] = token.split('.');
    const publicKey = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });

    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(jwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
  });

  it('lets a bearer token call what its scope allows, and nothing else', async () => {
    const token = await tokenFor(await newClient(), 'account:read');

    const account = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: bearer(token) });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: bearer(token) });

    expect(account.statusCode).toBe(200);
    expect(audit.statusCode).toBe(403);
  });

  it('answers 401 to an expired, tampered or foreign token', async () => {
    const client = await newClient();
    const claims = decodePart(await tokenFor(client), 1);
    const now = Math.floor(Date.now() / 1000);
    const expired = signJwt({ ...claims, iat: now - 7200, exp: now - 3600 }, t.platform.signingKeys.current);
    const [header, , signature] = (await tokenFor(client)).split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, scope: 'users:delete' })).toString('base64url')}.${signature}`;
    const foreign = signJwt({ ...claims, iss: 'https://elsewhere.example' }, t.platform.signingKeys.current);

    const responses = await Promise.all([expired, tampered, foreign, 'garbage'].map((token) =>
      t.app.inject({ method: 'GET', url: '/api/v1/account', headers: bearer(token) })));

    expect(responses.map((response) => response.statusCode)).toEqual([401, 401, 401, 401]);
    expect(responses[0]?.json<{ detail: string }>().detail).toMatch(/^The access token expired at /);
    expect(responses[1]?.json<{ detail: string }>().detail).toBe('The access token signature is invalid.');
    expect(responses[0]?.headers['www-authenticate']).toContain('invalid_token');
  });

  it('stops the tokens of a revoked client at once', async () => {
    const client = await newClient();
    const token = await tokenFor(client);

    const before = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: bearer(token) });
    await t.app.inject({ method: 'DELETE', url: `/api/v1/service-accounts/${robot.id}/oauth-clients/${client.id}`, headers: acme.headers });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: bearer(token) });
    const newToken = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });

    expect(before.statusCode).toBe(200);
    expect(after.statusCode).toBe(401);
    expect(after.json<{ detail: string }>().detail).toMatch(/^The OAuth client was revoked on /);
    expect(newToken.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('is not fooled by an API key and a bearer token of different services: the API key wins', async () => {
    const other = await createServiceAccountVia(t.app, acme.headers);
    const { key } = await createApiKeyVia(t.app, { headers: acme.headers, serviceAccountId: other.id, body: { permissions: [] } });
    const token = await tokenFor(await newClient());

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { ...bearer(token), 'x-api-key': key } });

    expect(response.json()).toMatchObject({ user: { id: other.userId } });
  });
});

describe('secret rotation', () => {
  it('accepts the new secret and, during the grace period, the old one; not after it', async () => {
    const client = await newClient();

    const rotated = await t.app.inject({ method: 'POST', url: `/api/v1/service-accounts/${robot.id}/oauth-clients/${client.id}/rotate-secret`, headers: acme.headers, payload: { graceHours: 24 } });
    const { clientSecret } = rotated.json<CreatedOAuthClient>();
    const withNew = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret });
    const withOld = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`update oauth_clients set previous_secret_expires_at = now() - interval '1 second' where id = $1`, [client.id]));
    const afterGrace = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=oauth-client.secret-rotated', headers: acme.headers });

    expect(rotated.statusCode).toBe(200);
    expect(clientSecret).not.toBe(client.clientSecret);
    expect(rotated.json<OAuthClient>().previousSecretExpiresAt).not.toBeNull();
    expect(withNew.statusCode).toBe(200);
    expect(withOld.statusCode).toBe(200);
    expect(afterGrace.statusCode).toBe(401);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: client.id, after: { graceHours: 24 } }] });
    expect(JSON.stringify(audit.json())).not.toContain(clientSecret);
  });

  it('ends the old secret at once with graceHours 0', async () => {
    const client = await newClient();

    const rotated = await t.app.inject({ method: 'POST', url: `/api/v1/service-accounts/${robot.id}/oauth-clients/${client.id}/rotate-secret`, headers: acme.headers, payload: { graceHours: 0 } });
    const withOld = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    const withNew = await requestToken(t.app, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: rotated.json<CreatedOAuthClient>().clientSecret });

    expect(rotated.json<OAuthClient>().previousSecretExpiresAt).toBeNull();
    expect(withOld.statusCode).toBe(401);
    expect(withNew.statusCode).toBe(200);
  });

  it('refuses a grace period longer than a week', async () => {
    const client = await newClient();

    const response = await t.app.inject({ method: 'POST', url: `/api/v1/service-accounts/${robot.id}/oauth-clients/${client.id}/rotate-secret`, headers: acme.headers, payload: { graceHours: 169 } });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/graceHours' }] });
  });
});
