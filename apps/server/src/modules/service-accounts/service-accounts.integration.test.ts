import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKey, ServiceAccount } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { addMember, createTestApp, setSystemRoles, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { createApiKeyVia, createOAuthClientVia, createServiceAccountVia } from './service-accounts.testing.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;

beforeAll(async () => {
  t = await createTestApp();
  [acme, globex] = [await signUpUser(t.app, 'Acme'), await signUpUser(t.app, 'Globex')];
});
afterAll(async () => t.close());

describe('service accounts', () => {
  it('creates a service account acting through a service user with no roles, and audits it', async () => {
    const created = await createServiceAccountVia(t.app, acme.headers, { name: 'Billing sync', description: 'Nightly invoices', rateLimit: { tier: 'professional' } });

    const user = await t.platform.ownerPool.query<{ kind: string; email: string }>('select kind, email from users where id = $1', [created.userId]);
    const roles = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query('select 1 from membership_roles where user_id = $1', [created.userId]));
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=service-account.created', headers: acme.headers });

    expect(created).toMatchObject({ name: 'Billing sync', description: 'Nightly invoices', rateLimit: { tier: 'professional' }, status: 'active', activeApiKeyCount: 0 });
    expect(user.rows[0]).toMatchObject({ kind: 'service' });
    expect(user.rows[0]?.email).toMatch(/@service-accounts\.invalid$/);
    expect(roles.rowCount).toBe(0);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: created.id, actorId: acme.userId }] });
  });

  it('lists service accounts by name with a cursor', async () => {
    const owner = await signUpUser(t.app, 'Lister');
    for (const name of ['Charlie', 'alpha', 'Bravo']) await createServiceAccountVia(t.app, owner.headers, { name });

    const first = await t.app.inject({ method: 'GET', url: '/api/v1/service-accounts?limit=2', headers: owner.headers });
    const page = first.json<{ items: ServiceAccount[]; nextCursor: string }>();
    const second = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts?limit=2&cursor=${page.nextCursor}`, headers: owner.headers });

    expect(page.items.map((item) => item.name)).toEqual(['alpha', 'Bravo']);
    expect(second.json()).toMatchObject({ items: [{ name: 'Charlie' }], nextCursor: null });
  });

  it('refuses a duplicate name (case-insensitively) with a pointer', async () => {
    await createServiceAccountVia(t.app, acme.headers, { name: 'Importer' });

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/service-accounts', headers: acme.headers, payload: { name: 'importer' } });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'name-taken', errors: [{ pointer: '/name' }] });
  });

  it.each([
    [{ name: '' }, '/name'],
    [{ name: 'x', rateLimit: { perMinute: 0, burst: 5 } }, '/rateLimit/perMinute'],
    [{ name: 'x', rateLimit: { tier: 'custom' } }, '/rateLimit'],
    [{ name: 'x', extra: true }, '/'],
  ])('rejects %j with a 400 pointing at %s', async (payload, pointer) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/service-accounts', headers: acme.headers, payload });

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toContain(pointer);
  });

  it('renames the service account and its service user, with before and after in the audit log', async () => {
    const created = await createServiceAccountVia(t.app, acme.headers, { name: 'Old name' });

    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/service-accounts/${created.id}`, headers: acme.headers, payload: { name: 'New name', rateLimit: { perMinute: 120, burst: 20 } } });
    const user = await t.platform.ownerPool.query<{ name: string }>('select name from users where id = $1', [created.userId]);
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=service-account.updated', headers: acme.headers });

    expect(response.json()).toMatchObject({ name: 'New name', rateLimit: { perMinute: 120, burst: 20 } });
    expect(user.rows[0]?.name).toBe('New name');
    expect(audit.json()).toMatchObject({ items: [{ resourceId: created.id, before: { name: 'Old name' }, after: { name: 'New name' } }] });
  });

  it('disables a service account: its key stops working at once, the account and its keys stay listed', async () => {
    const created = await createServiceAccountVia(t.app, acme.headers);
    const { key } = await createApiKeyVia(t.app, { headers: acme.headers, serviceAccountId: created.id });

    const before = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: { 'x-api-key': key } });
    const disabled = await t.app.inject({ method: 'DELETE', url: `/api/v1/service-accounts/${created.id}`, headers: acme.headers });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: { 'x-api-key': key } });
    const shown = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts/${created.id}`, headers: acme.headers });
    const keys = await t.app.inject({ method: 'GET', url: `/api/v1/service-accounts/${created.id}/api-keys`, headers: acme.headers });
    const newKey = await t.app.inject({ method: 'POST', url: `/api/v1/service-accounts/${created.id}/api-keys`, headers: acme.headers, payload: { name: 'x', permissions: [] } });

    expect(before.statusCode).toBe(200);
    expect(disabled.statusCode).toBe(204);
    expect(after.statusCode).toBe(401);
    expect(after.json<{ detail: string }>().detail).toMatch(/service account of this API key was disabled/);
    expect(shown.json()).toMatchObject({ status: 'disabled' });
    expect(keys.json<{ items: unknown[] }>().items).toHaveLength(1);
    expect(newKey.json()).toMatchObject({ code: 'service-account-disabled' });
  });

  it('keeps the service user from signing in with a password', async () => {
    const created = await createServiceAccountVia(t.app, acme.headers);
    const { rows } = await t.platform.ownerPool.query<{ email: string }>('select email from users where id = $1', [created.userId]);

    const response = await t.app.inject({
      method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: TEST_ORIGIN }, payload: { email: rows[0]?.email, password: 'anything at all 123' },
    });
    const session = t.platform.ownerPool.query(`insert into user_sessions (user_id, token, expires_at) values ($1, 'forged', now() + interval '1 day')`, [created.userId]);

    expect(response.statusCode).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
    await expect(session).rejects.toThrow(/service users cannot sign in/);
  });
});

describe('permissions and tenancy', () => {
  it('answers 404 for another tenant\'s service account, key and client, exactly as for missing ones', async () => {
    const created = await createServiceAccountVia(t.app, acme.headers);
    const key = await createApiKeyVia(t.app, { headers: acme.headers, serviceAccountId: created.id });
    const client = await createOAuthClientVia(t.app, { headers: acme.headers, serviceAccountId: created.id });
    const base = `/api/v1/service-accounts/${created.id}`;

    const requests = [
      { method: 'GET', url: base }, { method: 'PATCH', url: base, payload: { name: 'Stolen' } }, { method: 'DELETE', url: base },
      { method: 'GET', url: `${base}/api-keys` }, { method: 'DELETE', url: `${base}/api-keys/${key.id}` },
      { method: 'GET', url: `${base}/oauth-clients` }, { method: 'DELETE', url: `${base}/oauth-clients/${client.id}` },
      { method: 'POST', url: `${base}/oauth-clients/${client.id}/rotate-secret`, payload: { graceHours: 0 } },
    ] as const;
    const statuses = await Promise.all(requests.map(async (request) => (await t.app.inject({ ...request, headers: globex.headers })).statusCode));
    const stillThere = await t.app.inject({ method: 'GET', url: `${base}/api-keys`, headers: acme.headers });

    expect(statuses).toEqual(requests.map(() => 404));
    expect(stillThere.json<{ items: ApiKey[] }>().items[0]).toMatchObject({ status: 'active' });
  });

  it('answers 404 for a key or client of another service account of the same tenant', async () => {
    const first = await createServiceAccountVia(t.app, acme.headers);
    const second = await createServiceAccountVia(t.app, acme.headers);
    const key = await createApiKeyVia(t.app, { headers: acme.headers, serviceAccountId: first.id });
    const client = await createOAuthClientVia(t.app, { headers: acme.headers, serviceAccountId: first.id });

    const keyResponse = await t.app.inject({ method: 'DELETE', url: `/api/v1/service-accounts/${second.id}/api-keys/${key.id}`, headers: acme.headers });
    const clientResponse = await t.app.inject({ method: 'DELETE', url: `/api/v1/service-accounts/${second.id}/oauth-clients/${client.id}`, headers: acme.headers });

    expect(keyResponse.json()).toMatchObject({ code: 'api-key-not-found' });
    expect(clientResponse.json()).toMatchObject({ code: 'oauth-client-not-found' });
  });

  it('gives a Member 403 on every management route', async () => {
    const created = await createServiceAccountVia(t.app, acme.headers);
    const member = await signUpUser(t.app, 'Member');
    await addMember(t.platform, { accountId: acme.accountId, userId: member.userId }, 'member');
    await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: member.headers, payload: { accountId: acme.accountId } });
    const base = `/api/v1/service-accounts/${created.id}`;
    const zero = '00000000-0000-4000-8000-000000000000';

    const requests = [
      { method: 'GET', url: '/api/v1/service-accounts' }, { method: 'POST', url: '/api/v1/service-accounts', payload: { name: 'Mine' } },
      { method: 'GET', url: base }, { method: 'PATCH', url: base, payload: { name: 'x' } }, { method: 'DELETE', url: base },
      { method: 'GET', url: `${base}/api-keys` }, { method: 'POST', url: `${base}/api-keys`, payload: { name: 'k', permissions: [] } },
      { method: 'DELETE', url: `${base}/api-keys/${zero}` }, { method: 'GET', url: `${base}/oauth-clients` },
      { method: 'POST', url: `${base}/oauth-clients`, payload: { name: 'c', permissions: [] } },
      { method: 'POST', url: `${base}/oauth-clients/${zero}/rotate-secret`, payload: {} }, { method: 'DELETE', url: `${base}/oauth-clients/${zero}` },
    ] as const;
    const responses = await Promise.all(requests.map((request) => t.app.inject({ ...request, headers: member.headers })));

    expect(responses.map((response) => response.statusCode)).toEqual(requests.map(() => 403));
    expect(responses[0]?.json()).toMatchObject({ code: 'forbidden' });
  });

  it('lets nobody grant a credential permissions they do not hold, and lists the offending ones', async () => {
    const limited = await signUpUser(t.app, 'Limited');
    const created = await createServiceAccountVia(t.app, limited.headers);
    await withTenant(t.platform.appPool, { accountId: limited.accountId }, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(`insert into roles (account_id, name, permissions) values ($1, 'Integrator', '{service-accounts:create,account:read}') returning id`, [limited.accountId]);
      await tx.query('delete from membership_roles where user_id = $1', [limited.userId]);
      await tx.query('insert into membership_roles (account_id, user_id, role_id) values ($1, $2, $3)', [limited.accountId, limited.userId, rows[0]?.id]);
    });

    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/service-accounts/${created.id}/api-keys`, headers: limited.headers,
      payload: { name: 'Too much', permissions: ['account:read', 'users:delete', 'audit:read'] },
    });
    const allowed = await t.app.inject({
      method: 'POST', url: `/api/v1/service-accounts/${created.id}/oauth-clients`, headers: limited.headers, payload: { name: 'Fine', permissions: ['account:read'] },
    });
    await setSystemRoles(t.platform, limited, ['owner']);

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden', errors: [{ pointer: '/permissions/1' }, { pointer: '/permissions/2' }] });
    expect(response.json<{ detail: string }>().detail).toContain('users:delete, audit:read');
    expect(allowed.statusCode).toBe(201);
  });

  it('answers 404 when the account has switched the module off', async () => {
    const owner = await signUpUser(t.app, 'Switcher');
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) =>
      tx.query(`insert into account_features (account_id, feature, enabled) values ($1, 'service-accounts', false)`, [owner.accountId]));

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/service-accounts', headers: owner.headers });

    expect(response.statusCode).toBe(404);
  });
});
