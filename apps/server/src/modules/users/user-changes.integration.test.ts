import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { inviteUser, joinAccount, uniqueEmail } from './user-fixtures.ts';

let t: TestApp;
let owner: SignedUpUser;
let admin: SignedUpUser;
let globex: SignedUpUser;
let roles: Record<string, string>;

async function patch(who: SignedUpUser, userId: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'PATCH', url: `/api/v1/users/${userId}`, headers: who.headers, payload });
}

async function auditActions(accountId: string, resourceId: string): Promise<string[]> {
  return withTenant(t.platform.appPool, { accountId }, async (tx) => {
    const { rows } = await tx.query<{ action: string }>('select action from audit_logs where resource_id = $1 order by created_at', [resourceId]);
    return rows.map((row) => row.action);
  });
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUpUser(t.app, 'Olga');
  globex = await signUpUser(t.app, 'Globex');
  admin = await joinAccount(t, await signUpUser(t.app, 'Adele'), { accountId: owner.accountId, role: 'admin' });
  roles = await withTenant(t.platform.appPool, { accountId: owner.accountId }, async (tx) => {
    const { rows } = await tx.query<{ id: string; system_key: string }>('select id, system_key from roles where account_id = $1', [owner.accountId]);
    return Object.fromEntries(rows.map((row) => [row.system_key, row.id]));
  });
});
afterAll(async () => t.close());

describe('PATCH /api/v1/users/:id', () => {
  it('changes name, profile, roles, status and external id, and audits before and after', async () => {
    const colleague = await joinAccount(t, await signUpUser(t.app, 'Cleo'), { accountId: owner.accountId, role: 'member' });

    const response = await patch(admin, colleague.userId, {
      name: 'Cleo Patra', profile: { title: 'Queen' }, roleIds: [roles.viewer], status: 'suspended', externalId: 'EG-1',
    });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Cleo Patra', profile: { title: 'Queen' }, roleIds: [roles.viewer], status: 'suspended', externalId: 'EG-1' });
    expect(await auditActions(owner.accountId, colleague.userId)).toContain('user.updated');
    const cleared = await patch(admin, colleague.userId, { externalId: null, status: 'active' });
    expect(cleared.json()).toMatchObject({ externalId: null, status: 'active' });
  });

  it('answers 422 pointing at a role of another account', async () => {
    const foreignRole = await withTenant(t.platform.appPool, { accountId: globex.accountId }, async (tx) =>
      (await tx.query<{ id: string }>(`select id from roles where account_id = $1 and system_key = 'member'`, [globex.accountId])).rows[0]?.id);

    const response = await patch(owner, admin.userId, { roleIds: [foreignRole] });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/roleIds/0' }] });
  });

  it('lets only an owner give or take the Owner role', async () => {
    const colleague = await joinAccount(t, await signUpUser(t.app, 'Otto'), { accountId: owner.accountId, role: 'member' });

    const byAdmin = await patch(admin, colleague.userId, { roleIds: [roles.owner] });
    const byOwner = await patch(owner, colleague.userId, { roleIds: [roles.owner] });
    const takenByAdmin = await patch(admin, colleague.userId, { roleIds: [roles.member] });
    const suspendedByAdmin = await patch(admin, colleague.userId, { status: 'suspended' });
    const takenByOwner = await patch(owner, colleague.userId, { roleIds: [roles.member] });

    expect(byAdmin.statusCode).toBe(403);
    expect(byOwner.statusCode).toBe(200);
    expect(takenByAdmin.statusCode).toBe(403);
    expect(suspendedByAdmin.statusCode).toBe(403);
    expect(takenByOwner.statusCode).toBe(200);
  });

  it('keeps the last active owner: no taking Owner, no suspending', async () => {
    const demote = await patch(owner, owner.userId, { roleIds: [roles.admin] });
    const suspend = await patch(owner, owner.userId, { status: 'inactive' });

    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ code: 'last-owner' });
    expect(suspend.statusCode).toBe(409);
    const me = await t.app.inject({ method: 'GET', url: `/api/v1/users/${owner.userId}`, headers: owner.headers });
    expect(me.json<User>()).toMatchObject({ status: 'active', roleIds: [roles.owner] });
  });

  it('counts an owner through a group as an owner', async () => {
    const heir = await joinAccount(t, await signUpUser(t.app, 'Heir'), { accountId: owner.accountId, role: 'member' });
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, async (tx) => {
      const group = (await tx.query<{ id: string }>(`insert into groups (account_id, name) values ($1, 'Board') returning id`, [owner.accountId])).rows[0]?.id;
      await tx.query('insert into group_roles (account_id, group_id, role_id) values ($1, $2, $3)', [owner.accountId, group, roles.owner]);
      await tx.query('insert into group_members (account_id, group_id, user_id) values ($1, $2, $3)', [owner.accountId, group, heir.userId]);
    });

    const demote = await patch(owner, owner.userId, { roleIds: [roles.owner, roles.admin] });
    const second = await patch(owner, owner.userId, { roleIds: [roles.admin] });

    expect(demote.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) =>
      tx.query('insert into membership_roles (account_id, user_id, role_id) values ($1, $2, $3)', [owner.accountId, owner.userId, roles.owner]));
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) => tx.query(`delete from groups where name = 'Board' and account_id = $1`, [owner.accountId]));
  });

  it('keeps a pending member pending until they accept', async () => {
    const pending = await inviteUser(t, owner, { email: uniqueEmail('pat'), sendInvite: false });

    const response = await patch(owner, pending.id, { status: 'active' });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/status' }] });
  });

  it.each([
    [{ status: 'pending' }, '/status'],
    [{ name: '' }, '/name'],
    [{ roleIds: ['nope'] }, '/roleIds/0'],
    [{ unknown: 1 }, '/'],
  ])('rejects %j with a 400 pointing at %s', async (payload, pointer) => {
    const response = await patch(owner, admin.userId, payload);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [expect.objectContaining({ pointer })] });
  });

  it('answers 404 for a user of another account', async () => {
    const response = await patch(globex, admin.userId, { name: 'Hijacked' });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'user-not-found' });
  });
});

describe('DELETE /api/v1/users/:id', () => {
  it('removes the membership but keeps the person and their other accounts', async () => {
    const leaving = await joinAccount(t, await signUpUser(t.app, 'Lena'), { accountId: owner.accountId, role: 'member' });

    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${leaving.userId}`, headers: admin.headers });

    expect(response.statusCode).toBe(204);
    const gone = await t.app.inject({ method: 'GET', url: `/api/v1/users/${leaving.userId}`, headers: admin.headers });
    expect(gone.statusCode).toBe(404);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: leaving.headers });
    expect(me.json()).toMatchObject({ user: { id: leaving.userId }, accounts: [expect.objectContaining({ name: 'Lena Inc' })] });
    expect(await auditActions(owner.accountId, leaving.userId)).toContain('user.removed');
  });

  it('does not remove the last owner, and an admin cannot remove an owner at all', async () => {
    const byOwner = await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${owner.userId}`, headers: owner.headers });
    const byAdmin = await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${owner.userId}`, headers: admin.headers });

    expect(byOwner.statusCode).toBe(409);
    expect(byOwner.json()).toMatchObject({ code: 'last-owner' });
    expect(byAdmin.statusCode).toBe(403);
  });

  it('answers 404 for a user of another account', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${admin.userId}`, headers: globex.headers });

    expect(response.statusCode).toBe(404);
  });
});
