import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SystemRoleKey } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { addMember, createTestApp, setSystemRoles, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let owner: SignedUpUser;
let admin: SignedUpUser;
let member: SignedUpUser;
let outsider: SignedUpUser;
let roleIds: Record<SystemRoleKey, string>;

async function joinAccount(name: string, role: SystemRoleKey): Promise<SignedUpUser> {
  const user = await signUpUser(t.app, name);
  await addMember(t.platform, { accountId: owner.accountId, userId: user.userId }, role);
  const switched = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: user.headers, payload: { accountId: owner.accountId } });
  if (switched.statusCode !== 200) throw new Error(`switch failed: ${switched.body}`);
  return { ...user, accountId: owner.accountId };
}

async function createGroup(body: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/groups', headers: owner.headers, payload: body });
  if (response.statusCode !== 201) throw new Error(`group failed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

function call(who: SignedUpUser, request: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: Record<string, unknown> | undefined }) {
  const { payload, ...rest } = request;
  return t.app.inject({ ...rest, headers: who.headers, ...(payload === undefined ? {} : { payload }) });
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUpUser(t.app, 'Owner');
  admin = await joinAccount('Admin', 'admin');
  member = await joinAccount('Member', 'member');
  outsider = await signUpUser(t.app, 'Outsider');
  roleIds = await withTenant(t.platform.appPool, { accountId: owner.accountId }, async (tx) => {
    const { rows } = await tx.query<{ id: string; system_key: SystemRoleKey }>('select id, system_key from roles where system_key is not null');
    return Object.fromEntries(rows.map((row) => [row.system_key, row.id])) as Record<SystemRoleKey, string>;
  });
});
afterAll(async () => t.close());

describe('members of a static group', () => {
  it('adds and removes members and audits both', async () => {
    const group = await createGroup({ name: 'Editors' });

    const added = await call(admin, { method: 'POST', url: `/api/v1/groups/${group}/members/${member.userId}` });
    const listed = await call(admin, { method: 'GET', url: `/api/v1/groups/${group}/members` });
    const removed = await call(admin, { method: 'DELETE', url: `/api/v1/groups/${group}/members/${member.userId}` });
    const again = await call(admin, { method: 'DELETE', url: `/api/v1/groups/${group}/members/${member.userId}` });

    expect([added.statusCode, removed.statusCode, again.statusCode]).toEqual([204, 204, 404]);
    expect(listed.json()).toMatchObject({ items: [{ userId: member.userId, name: 'Member', isInherited: false, viaGroup: null }] });
    const actions = await withTenant(t.platform.appPool, { accountId: owner.accountId }, async (tx) =>
      (await tx.query<{ action: string }>(`select action from audit_logs where resource_id = $1 order by created_at`, [group])).rows.map((row) => row.action));
    expect(actions).toEqual(['group.created', 'group.member-added', 'group.member-removed']);
  });

  it('sets the members, refusing anyone who is not in the account with 422 pointing at them', async () => {
    const group = await createGroup({ name: 'Reviewers' });

    const invalid = await call(admin, { method: 'PUT', url: `/api/v1/groups/${group}/members`, payload: { userIds: [member.userId, outsider.userId] } });
    const valid = await call(admin, { method: 'PUT', url: `/api/v1/groups/${group}/members`, payload: { userIds: [member.userId, admin.userId] } });
    const notMember = await call(admin, { method: 'POST', url: `/api/v1/groups/${group}/members/${outsider.userId}` });

    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/userIds/1' }] });
    expect(valid.statusCode).toBe(204);
    expect((await call(admin, { method: 'GET', url: `/api/v1/groups/${group}` })).json()).toMatchObject({ memberCount: 2 });
    expect(notMember.statusCode).toBe(404);
    expect(notMember.json()).toMatchObject({ code: 'user-not-found' });
  });

  it('lists the members of sub-groups as inherited, with the sub-group they are in', async () => {
    const parent = await createGroup({ name: 'Engineering' });
    const child = await createGroup({ name: 'Platform team', parentId: parent });
    await call(owner, { method: 'PUT', url: `/api/v1/groups/${parent}/members`, payload: { userIds: [admin.userId] } });
    await call(owner, { method: 'PUT', url: `/api/v1/groups/${child}/members`, payload: { userIds: [admin.userId, member.userId] } });

    const response = await call(admin, { method: 'GET', url: `/api/v1/groups/${parent}/members` });
    const group = await call(admin, { method: 'GET', url: `/api/v1/groups/${parent}` });

    expect(response.json()).toMatchObject({
      items: [
        { name: 'Admin', isInherited: false, viaGroup: null },
        { name: 'Member', isInherited: true, viaGroup: { id: child, name: 'Platform team' } },
      ],
    });
    expect(group.json()).toMatchObject({ memberCount: 1, totalMemberCount: 2 });
  });

  it.each([
    ['PUT', '/members', { userIds: [] }],
    ['POST', '/members/USER', undefined],
    ['DELETE', '/members/USER', undefined],
  ] as const)('answers 409 to %s %s on a dynamic group', async (method, suffix, payload) => {
    const group = await createGroup({ name: `Rule-based ${method}`, type: 'dynamic', rule: `status == 'active'` });

    const response = await call(owner, { method, url: `/api/v1/groups/${group}${suffix.replace('USER', member.userId)}`, payload });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'conflict' });
    expect(response.json<{ detail: string }>().detail).toContain('membership of a dynamic group follows its rule');
  });
});

describe('group roles', () => {
  it('sets the roles a group gives and audits the change', async () => {
    const group = await createGroup({ name: 'Helpers' });

    const response = await call(admin, { method: 'PUT', url: `/api/v1/groups/${group}/roles`, payload: { roleIds: [roleIds.viewer, roleIds.member] } });

    expect(response.statusCode).toBe(204);
    expect((await call(admin, { method: 'GET', url: `/api/v1/groups/${group}` })).json<{ roles: { systemKey: string }[] }>().roles.map((r) => r.systemKey)).toEqual(['member', 'viewer']);
  });

  it('answers 422 for a role of another account', async () => {
    const group = await createGroup({ name: 'Foreign roles' });
    const foreign = await withTenant(t.platform.appPool, { accountId: outsider.accountId }, async (tx) =>
      (await tx.query<{ id: string }>(`select id from roles where system_key = 'viewer'`)).rows[0]?.id);

    const response = await call(admin, { method: 'PUT', url: `/api/v1/groups/${group}/roles`, payload: { roleIds: [foreign] } });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/roleIds/0' }] });
  });

  it('lets only an owner give a group the Owner role', async () => {
    const group = await createGroup({ name: 'Co-owners' });

    const byAdmin = await call(admin, { method: 'PUT', url: `/api/v1/groups/${group}/roles`, payload: { roleIds: [roleIds.owner] } });
    const byOwner = await call(owner, { method: 'PUT', url: `/api/v1/groups/${group}/roles`, payload: { roleIds: [roleIds.owner] } });
    const adminCreates = await call(admin, { method: 'POST', url: '/api/v1/groups', payload: { name: 'Sneaky owners', roleIds: [roleIds.owner] } });
    const adminJoins = await call(admin, { method: 'POST', url: `/api/v1/groups/${group}/members/${admin.userId}` });

    expect(byAdmin.statusCode).toBe(403);
    expect(byOwner.statusCode).toBe(204);
    expect(adminCreates.statusCode).toBe(403);
    expect(adminJoins.statusCode).toBe(403);
  });

  it('keeps the last owner: removing the only owner from the owners group answers 409', async () => {
    const group = await createGroup({ name: 'Owners', roleIds: [roleIds.owner] });
    await call(owner, { method: 'PUT', url: `/api/v1/groups/${group}/members`, payload: { userIds: [owner.userId] } });
    await setSystemRoles(t.platform, owner, ['member']);

    const response = await call(owner, { method: 'DELETE', url: `/api/v1/groups/${group}/members/${owner.userId}` });
    await setSystemRoles(t.platform, owner, ['owner']);

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'last-owner' });
  });
});

describe('access', () => {
  const NONE = '00000000-0000-4000-8000-000000000000';

  it.each([
    ['POST', '/api/v1/groups', { name: 'Mine' }],
    ['PATCH', `/api/v1/groups/${NONE}`, { name: 'Mine' }],
    ['DELETE', `/api/v1/groups/${NONE}`, undefined],
    ['PUT', `/api/v1/groups/${NONE}/members`, { userIds: [] }],
    ['POST', `/api/v1/groups/${NONE}/members/${NONE}`, undefined],
    ['DELETE', `/api/v1/groups/${NONE}/members/${NONE}`, undefined],
    ['PUT', `/api/v1/groups/${NONE}/roles`, { roleIds: [] }],
  ] as const)('answers 403 to a Member on %s %s', async (method, url, payload) => {
    const response = await call(member, { method, url, payload });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('lets a Member read groups and preview rules', async () => {
    const list = await call(member, { method: 'GET', url: '/api/v1/groups' });
    const preview = await call(member, { method: 'POST', url: '/api/v1/groups/validate-rule', payload: { rule: `status == 'active'` } });

    expect([list.statusCode, preview.statusCode]).toEqual([200, 200]);
  });
});
