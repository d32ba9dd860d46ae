import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SystemRoleKey } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { addMember, createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { runDynamicGroupRecompute } from '../groups/index.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;
let bob: SignedUpUser;

/** Signs a new person up and makes them act in `owner`'s account with a system role. */
async function joinAccount(owner: SignedUpUser, name: string, role: SystemRoleKey): Promise<SignedUpUser> {
  const user = await signUpUser(t.app, name);
  await addMember(t.platform, { accountId: owner.accountId, userId: user.userId }, role);
  const switched = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: user.headers, payload: { accountId: owner.accountId } });
  if (switched.statusCode !== 200) throw new Error(`switch failed: ${switched.body}`);
  return { ...user, accountId: owner.accountId };
}

async function createRole(who: SignedUpUser, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: who.headers, payload: body });
}

async function createGroup(who: SignedUpUser, body: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/groups', headers: who.headers, payload: body });
  if (response.statusCode !== 201) throw new Error(`group failed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

async function lastAudit(action: string): Promise<{ before: unknown; after: unknown } | undefined> {
  return withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
    const { rows } = await tx.query<{ before: unknown; after: unknown }>('select before, after from audit_logs where action = $1 order by created_at desc limit 1', [action]);
    return rows[0];
  });
}

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  bob = await joinAccount(acme, 'Bob', 'member');
});
afterAll(async () => t.close());

describe('GET /api/v1/permissions', () => {
  it('lists the catalog by resource and what each system role holds', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/permissions', headers: bob.headers });

    const body = response.json<{ resources: { resource: string; actions: { permission: string; description: string }[] }[]; systemRoles: { key: string; permissions: string[] }[] }>();
    expect(response.statusCode).toBe(200);
    expect(body.resources.find((r) => r.resource === 'audit')?.actions.map((a) => a.permission)).toEqual(['audit:read', 'audit:export']);
    expect(body.systemRoles.map((r) => r.key)).toEqual(['owner', 'admin', 'member', 'viewer']);
    expect(body.systemRoles.find((r) => r.key === 'viewer')?.permissions).toContain('account:read');
  });
});

describe('custom roles', () => {
  it('lists the system roles first with who holds them', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/roles', headers: acme.headers });

    const items = response.json<{ items: { systemKey: string | null; memberCount: number; permissions: string[] }[] }>().items;
    expect(items.slice(0, 4).map((r) => r.systemKey)).toEqual(['owner', 'admin', 'member', 'viewer']);
    expect(items[0]).toMatchObject({ memberCount: 1 });
    expect(items[2]?.permissions).toContain('roles:read');
  });

  it('creates a role from the catalog and audits it', async () => {
    const response = await createRole(acme, { name: 'Auditor', description: 'Reads the trail', color: '#0EA5E9', permissions: ['audit:read', 'audit:export', 'audit:read'] });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Auditor', color: '#0ea5e9', systemKey: null, permissions: ['audit:read', 'audit:export'], memberCount: 0 });
    expect(await lastAudit('role.created')).toMatchObject({ after: { name: 'Auditor', permissions: ['audit:read', 'audit:export'] } });
  });

  it.each([['auditor'], ['OWNER']])('answers 409 name-taken for the name %s (case-insensitive, system roles included)', async (name) => {
    const response = await createRole(acme, { name, permissions: [] });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'name-taken', errors: [{ pointer: '/name' }] });
  });

  it('answers 422 pointing at each permission that is not in the catalog', async () => {
    const response = await createRole(acme, { name: 'Broken', permissions: ['audit:read', 'users:read', 'groups:read', 'audit:delete', 'root'] });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/permissions/3' }, { pointer: '/permissions/4' }] });
  });

  it.each([
    [{ name: '', permissions: [] }, '/name'],
    [{ name: 'Tinted', color: 'blue', permissions: [] }, '/color'],
    [{ name: 'x'.repeat(61), permissions: [] }, '/name'],
    [{ name: 'No list' }, '/permissions'],
  ])('answers 400 for %j pointing at %s', async (body, pointer) => {
    const response = await createRole(acme, body);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer }] });
  });

  it('edits a custom role', async () => {
    const id = (await createRole(acme, { name: 'Editor', permissions: ['users:read'] })).json<{ id: string }>().id;

    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/roles/${id}`, headers: acme.headers, payload: { name: 'Directory editor', permissions: ['users:read', 'users:update'] } });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Directory editor', permissions: ['users:read', 'users:update'] });
    expect(await lastAudit('role.updated')).toMatchObject({ before: { name: 'Editor' }, after: { name: 'Directory editor' } });
  });

  it('refuses to edit or delete a system role with 409 system-role', async () => {
    const roles = (await t.app.inject({ method: 'GET', url: '/api/v1/roles', headers: acme.headers })).json<{ items: { id: string; systemKey: string | null }[] }>().items;
    const admin = roles.find((role) => role.systemKey === 'admin')?.id ?? '';

    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/roles/${admin}`, headers: acme.headers, payload: { name: 'Boss' } });
    const remove = await t.app.inject({ method: 'DELETE', url: `/api/v1/roles/${admin}`, headers: acme.headers });

    expect([patch.statusCode, remove.statusCode]).toEqual([409, 409]);
    expect(patch.json()).toMatchObject({ code: 'system-role' });
  });

  it('deletes a custom role, takes it from people and groups and lists them in the audit entry', async () => {
    const role = (await createRole(acme, { name: 'Temporary', permissions: ['users:read'] })).json<{ id: string }>().id;
    const groupId = await createGroup(acme, { name: 'Temps', roleIds: [role] });
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query('insert into membership_roles (account_id, user_id, role_id) values ($1, $2, $3)', [acme.accountId, bob.userId, role]));

    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/roles/${role}`, headers: acme.headers });

    expect(response.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/roles/${role}`, headers: acme.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/groups/${groupId}`, headers: acme.headers })).json()).toMatchObject({ roles: [] });
    expect(await lastAudit('role.deleted')).toMatchObject({
      before: { name: 'Temporary', holders: { users: [{ id: bob.userId }], groups: [{ id: groupId, name: 'Temps' }] } },
    });
  });
});

describe('roles through nested groups', () => {
  it('gives a permission to a member of a child group when the parent group holds the role', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: bob.headers });
    const auditor = (await createRole(acme, { name: 'Trail reader', permissions: ['audit:read'] })).json<{ id: string }>().id;
    const parent = await createGroup(acme, { name: 'Compliance', roleIds: [auditor] });
    const child = await createGroup(acme, { name: 'Compliance Berlin', parentId: parent });
    await t.app.inject({ method: 'POST', url: `/api/v1/groups/${child}/members/${bob.userId}`, headers: acme.headers });

    const after = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: bob.headers });
    const holders = await t.app.inject({ method: 'GET', url: `/api/v1/roles/${auditor}/members`, headers: acme.headers });
    await t.app.inject({ method: 'DELETE', url: `/api/v1/groups/${child}/members/${bob.userId}`, headers: acme.headers });
    const removed = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: bob.headers });

    expect(before.statusCode).toBe(403);
    expect(after.statusCode).toBe(200);
    expect(removed.statusCode).toBe(403);
    expect(holders.json()).toMatchObject({ items: [{ userId: bob.userId, isDirect: false, groups: [{ id: child, name: 'Compliance Berlin' }] }], nextCursor: null });
  });

  it('counts direct holders and holders through groups once each', async () => {
    const role = (await createRole(acme, { name: 'Counted', permissions: [] })).json<{ id: string }>().id;
    const group = await createGroup(acme, { name: 'Counted people', roleIds: [role] });
    await t.app.inject({ method: 'PUT', url: `/api/v1/groups/${group}/members`, headers: acme.headers, payload: { userIds: [bob.userId, acme.userId] } });
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query('insert into membership_roles (account_id, user_id, role_id) values ($1, $2, $3)', [acme.accountId, bob.userId, role]));

    const response = await t.app.inject({ method: 'GET', url: `/api/v1/roles/${role}`, headers: acme.headers });
    const holders = await t.app.inject({ method: 'GET', url: `/api/v1/roles/${role}/members?limit=1`, headers: acme.headers });

    expect(response.json()).toMatchObject({ memberCount: 2, directMemberCount: 1, groupCount: 1 });
    expect(holders.json<{ items: unknown[]; nextCursor: string | null }>().items).toHaveLength(1);
    expect(holders.json<{ nextCursor: string | null }>().nextCursor).not.toBeNull();
  });
});

describe('role names in dynamic group rules', () => {
  it('recomputes the groups whose rules read roles after a role is renamed', async () => {
    const role = (await createRole(acme, { name: 'Pilot', permissions: [] })).json<{ id: string }>().id;
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query('insert into membership_roles (account_id, user_id, role_id) values ($1, $2, $3)', [acme.accountId, bob.userId, role]));
    const group = await createGroup(acme, { name: 'Pilots', type: 'dynamic', rule: `roles CONTAINS 'Captain'` });

    await t.app.inject({ method: 'PATCH', url: `/api/v1/roles/${role}`, headers: acme.headers, payload: { name: 'Captain' } });
    const jobs = await t.platform.ownerPool.query<{ payload: { accountId: string } }>(`select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id where k.identifier = 'recompute-dynamic-groups'`);
    await runDynamicGroupRecompute(t.platform, jobs.rows[0]?.payload);

    expect(jobs.rows.map((row) => row.payload.accountId)).toContain(acme.accountId);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/groups/${group}`, headers: acme.headers })).json()).toMatchObject({ memberCount: 1 });
  });
});

describe('access', () => {
  it.each([
    ['POST', '/api/v1/roles'],
    ['PATCH', '/api/v1/roles/00000000-0000-4000-8000-000000000000'],
    ['DELETE', '/api/v1/roles/00000000-0000-4000-8000-000000000000'],
  ] as const)('answers 403 to a Member on %s %s', async (method, url) => {
    const response = await t.app.inject({ method, url, headers: bob.headers, payload: method === 'DELETE' ? undefined : { name: 'Mine', permissions: [] } });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('does not let anyone grant a permission they do not hold', async () => {
    const maker = (await createRole(acme, { name: 'Role maker', permissions: ['roles:read', 'roles:create'] })).json<{ id: string }>().id;
    const carol = await joinAccount(acme, 'Carol', 'member');
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query('insert into membership_roles (account_id, user_id, role_id) values ($1, $2, $3)', [acme.accountId, carol.userId, maker]));

    const allowed = await createRole(carol, { name: 'Readers', permissions: ['roles:read'] });
    const denied = await createRole(carol, { name: 'Escalation', permissions: ['settings:update'] });

    expect(allowed.statusCode).toBe(201);
    expect(denied.statusCode).toBe(403);
    expect(denied.json<{ detail: string }>().detail).toContain('settings:update');
  });

  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['DELETE', ''],
    ['GET', '/members'],
  ] as const)('answers 404 to another tenant for %s /roles/:id%s', async (method, suffix) => {
    const id = (await createRole(acme, { name: `Private ${method}${suffix}`, permissions: [] })).json<{ id: string }>().id;

    const response = await t.app.inject({ method, url: `/api/v1/roles/${id}${suffix}`, headers: globex.headers, payload: method === 'PATCH' ? { name: 'Taken over' } : undefined });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'role-not-found' });
  });
});
