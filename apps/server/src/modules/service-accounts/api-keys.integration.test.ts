import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKey, ServiceAccount } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { createApiKeyVia, createServiceAccountVia } from './service-accounts.testing.ts';

let t: TestApp;
let acme: SignedUpUser;
let robot: ServiceAccount;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  robot = await createServiceAccountVia(t.app, acme.headers, { name: 'Robot' });
});
afterAll(async () => t.close());

const withKey = (key: string, extra: Record<string, string> = {}) => ({ 'x-api-key': key, ...extra });

async function newKey(body: Record<string, unknown> = {}) {
  return createApiKeyVia(t.app, { headers: acme.headers, serviceAccountId: robot.id, body });
}

describe('creating API keys', () => {
  it('shows the key once and stores only its SHA-256 and prefix', async () => {
    const created = await newKey({ name: 'Deploy', permissions: ['account:read', 'audit:read'] });

    const list = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts/${robot.id}/api-keys`, headers: acme.headers });
    const listed = list.json<{ items: (ApiKey & { key?: string })[] }>().items.find((item) => item.id === created.id);
    const stored = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query<{ key_hash: string }>('select key_hash from api_keys where id = $1', [created.id]));

    expect(created.key).toMatch(/^ffk_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    expect(created).toMatchObject({ name: 'Deploy', permissions: ['account:read', 'audit:read'], status: 'active', ipAllowlist: [], expiresAt: null });
    expect(listed).toMatchObject({ prefix: created.prefix });
    expect(listed?.key).toBeUndefined();
    expect(JSON.stringify(list.json())).not.toContain(created.key);
    expect(stored.rows[0]?.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [{ name: 'k', permissions: ['users:fly'] }, '/permissions/0'],
    [{ name: 'k', permissions: ['profile:update'] }, '/permissions/0'],
    [{ name: 'k', permissions: ['account:read', 'account:read'] }, '/permissions'],
    [{ name: 'k', permissions: [], ipAllowlist: ['not-an-ip'] }, '/ipAllowlist/0'],
    [{ name: 'k', permissions: [], expiresAt: 'tomorrow' }, '/expiresAt'],
    [{ name: 'k', permissions: [], expiresAt: '2001-01-01T00:00:00Z' }, '/expiresAt'],
    [{ permissions: [] }, '/name'],
  ])('rejects %j with a 400 pointing at %s', async (payload, pointer) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/v1/service-accounts/${robot.id}/api-keys`, headers: acme.headers, payload });

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toContain(pointer);
  });

  it('stores addresses as networks', async () => {
    const created = await newKey({ ipAllowlist: ['10.0.0.7/8', '192.0.2.1', '2001:db8::1/32'] });

    expect(created.ipAllowlist).toEqual(['10.0.0.0/8', '192.0.2.1/32', '2001:db8::/32']);
  });
});

describe('calling the API with X-API-Key', () => {
  it('works on a route the key has the permission for, and on member routes as the service user', async () => {
    const { key } = await newKey({ permissions: ['account:read'] });

    const account = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(key) });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: withKey(key) });

    expect(account.statusCode).toBe(200);
    expect(account.json()).toMatchObject({ id: acme.accountId });
    expect(me.json()).toMatchObject({ user: { id: robot.userId, name: 'Robot' }, account: { id: acme.accountId, roles: [] }, permissions: ['account:read'] });
  });

  it('answers 403 on a route the key lacks the permission for', async () => {
    const { key } = await newKey({ permissions: ['account:read'] });

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: withKey(key) });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('audits what the service does with the service user as the actor', async () => {
    const { key } = await newKey({ permissions: ['account:update', 'audit:read'] });

    const renamed = await t.app.inject({ method: 'PATCH', url: '/api/v1/account', headers: withKey(key), payload: { name: 'Acme Renamed By Robot' } });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=account.updated', headers: withKey(key) });
    const actor = await t.platform.ownerPool.query<{ name: string; kind: string }>('select name, kind from users where id = $1', [robot.userId]);

    expect(renamed.statusCode).toBe(200);
    expect(audit.json()).toMatchObject({ items: [{ actorId: robot.userId, after: { name: 'Acme Renamed By Robot' } }] });
    expect(actor.rows[0]).toEqual({ name: 'Robot', kind: 'service' });
  });

  it('records when a key was last used', async () => {
    const created = await newKey();

    await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(created.key) });
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts/${robot.id}/api-keys`, headers: acme.headers });
    const shown = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts/${robot.id}`, headers: acme.headers });

    expect(list.json<{ items: ApiKey[] }>().items.find((item) => item.id === created.id)?.lastUsedAt).not.toBeNull();
    expect(shown.json<ServiceAccount>().lastUsedAt).not.toBeNull();
  });

  it('answers 401 for an expired key and says since when', async () => {
    const created = await newKey({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`update api_keys set expires_at = '2024-05-01T12:00:00Z' where id = $1`, [created.id]));

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(created.key) });

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthenticated', detail: 'The API key expired on 2024-05-01T12:00:00.000Z.' });
  });

  it('answers 401 for a revoked key, at once, and audits the revocation', async () => {
    const created = await newKey();

    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/v1/service-accounts/${robot.id}/api-keys/${created.id}`, headers: acme.headers });
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(created.key) });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=api-key.revoked', headers: acme.headers });

    expect(revoke.statusCode).toBe(204);
    expect(response.statusCode).toBe(401);
    expect(response.json<{ detail: string }>().detail).toMatch(/^The API key was revoked on /);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: created.id, actorId: acme.userId, after: { status: 'revoked' } }] });
  });

  it.each([
    ['malformed', 'not-a-key'],
    ['empty', ''],
    ['unknown', `ffk_${'A'.repeat(43)}`],
  ])('answers 401 to a %s key — also on a public route, never as if anonymous', async (_kind, key) => {
    const account = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(key) });
    const signup = await t.app.inject({
      method: 'POST', url: '/api/v1/signup', headers: withKey(key),
      payload: { name: 'Nobody', email: `nobody-${Date.now()}@example.test`, password: 'correct horse battery', accountName: 'Nope' },
    });

    expect(account.statusCode).toBe(401);
    expect(account.json()).toMatchObject({ code: 'unauthenticated' });
    expect(account.headers['www-authenticate']).toContain('ApiKey');
    expect(signup.statusCode).toBe(401);
  });

  it('prefers the API key over a session cookie sent along', async () => {
    const { key } = await newKey({ permissions: [] });

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { ...acme.headers, 'x-api-key': key } });

    expect(response.json()).toMatchObject({ user: { id: robot.userId }, permissions: [] });
  });
});

describe('IP restrictions', () => {
  it('refuses a key outside its own allowlist with 403 and accepts it inside', async () => {
    const { key } = await newKey({ ipAllowlist: ['10.0.0.0/8'] });

    const outside = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(key), remoteAddress: '192.0.2.44' });
    const inside = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(key), remoteAddress: '10.20.30.40' });

    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'ip-not-allowed' });
    expect(outside.json<{ detail: string }>().detail).toContain('This API key can only be used from 10.0.0.0/8; your address 192.0.2.44');
    expect(inside.statusCode).toBe(200);
  });

  it('applies the account\'s allowlist to keys too', async () => {
    const owner = await signUpUser(t.app, 'Fenced');
    const service = await createServiceAccountVia(t.app, owner.headers);
    const { key } = await createApiKeyVia(t.app, { headers: owner.headers, serviceAccountId: service.id, body: { ipAllowlist: ['10.0.0.0/8'] } });
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) =>
      tx.query(`insert into account_security_policies (account_id, ip_allowlist) values ($1, '{10.1.0.0/16}')`, [owner.accountId]));

    const keyOnly = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(key), remoteAddress: '10.9.9.9' });
    const both = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: withKey(key), remoteAddress: '10.1.2.3' });

    expect(keyOnly.statusCode).toBe(403);
    expect(keyOnly.json<{ detail: string }>().detail).toMatch(/^This account can only be used from its allowed networks/);
    expect(both.statusCode).toBe(200);
  });
});
