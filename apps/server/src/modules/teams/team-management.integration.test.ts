import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamMember, TeamRole } from '@flowforge/contracts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { bringIntoTeam, createTeamAs } from './teams.testing.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: Record<string, unknown> };

async function call(user: SignedUpUser, request: Call) {
  return t.app.inject({ ...request, headers: user.headers });
}

async function setup(name: string) {
  const owner = await signUpUser(t.app, `${name}Owner`);
  const team = await createTeamAs(t, owner, `${name} team`);
  const member = await bringIntoTeam(t, { inviter: owner, member: await signUpUser(t.app, `${name}Member`), teamId: team.id });
  return { owner, member, teamId: team.id };
}

async function createRole(user: SignedUpUser, teamId: string, body: Record<string, unknown>): Promise<TeamRole> {
  const response = await call(user, { method: 'POST', url: `/api/v1/teams/${teamId}/roles`, payload: body });
  expect(response.statusCode).toBe(201);
  return response.json<TeamRole>();
}

describe('page access on management routes (server-enforced, unlike ProcessFlow)', () => {
  it('answers 403 to a member without the "team" page on members, roles and invitations, while the owner passes', async () => {
    const { owner, member, teamId } = await setup('Pages');
    const requests: Call[] = [
      { method: 'GET', url: `/api/v1/teams/${teamId}/members` },
      { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${owner.userId}/roles`, payload: { roleIds: [] } },
      { method: 'DELETE', url: `/api/v1/teams/${teamId}/members/${owner.userId}` },
      { method: 'GET', url: `/api/v1/teams/${teamId}/roles` },
      { method: 'POST', url: `/api/v1/teams/${teamId}/roles`, payload: { name: 'Sneaky', color: '#000000', pages: ['team'] } },
      { method: 'GET', url: `/api/v1/teams/${teamId}/invitations` },
      { method: 'POST', url: `/api/v1/teams/${teamId}/invitations`, payload: { email: 'friend@example.test' } },
    ];

    const memberStatuses = await Promise.all(requests.map(async (request) => (await call(member, request)).statusCode));
    const ownerList = await call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}/members` });
    const ownerRoles = await call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}/roles` });

    expect(memberStatuses).toEqual(Array(requests.length).fill(403));
    expect(ownerList.statusCode).toBe(200);
    expect(ownerRoles.statusCode).toBe(200);
  });

  it('lets a member manage once one of their roles opens the "team" page', async () => {
    const { owner, member, teamId } = await setup('Granted');
    const manager = await createRole(owner, teamId, { name: 'Manager', color: '#16a34a', pages: ['team'] });
    await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${member.userId}/roles`, payload: { roleIds: [manager.id] } });

    const members = await call(member, { method: 'GET', url: `/api/v1/teams/${teamId}/members` });
    const detail = await call(member, { method: 'GET', url: `/api/v1/teams/${teamId}` });

    expect(members.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ myPages: ['team'] });
  });

  it('answers 404 for another tenant\'s team on members, roles and invitations', async () => {
    const { owner, teamId } = await setup('Tenant');
    const ownRoles = (await call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}/roles` })).json<{ items: TeamRole[] }>();
    const roleId = ownRoles.items[0]?.id ?? '';
    const stranger = await signUpUser(t.app, 'Foreigner');
    const requests: Call[] = [
      { method: 'GET', url: `/api/v1/teams/${teamId}/members` },
      { method: 'GET', url: `/api/v1/teams/${teamId}/roles` },
      { method: 'PATCH', url: `/api/v1/teams/${teamId}/roles/${roleId}`, payload: { name: 'Hijacked' } },
      { method: 'DELETE', url: `/api/v1/teams/${teamId}/roles/${roleId}` },
      { method: 'GET', url: `/api/v1/teams/${teamId}/invitations` },
      { method: 'POST', url: `/api/v1/teams/${teamId}/invitations`, payload: { email: 'x@example.test' } },
    ];

    const responses = await Promise.all(requests.map((request) => call(stranger, request)));

    expect(responses.map((r) => r.statusCode)).toEqual(Array(requests.length).fill(404));
    expect(responses.map((r) => r.json<{ code: string }>().code)).toEqual(Array(requests.length).fill('team-not-found'));
  });
});

describe('team roles', () => {
  it('creates, edits and deletes a role; members lose a deleted role', async () => {
    const { owner, member, teamId } = await setup('Roles');
    const role = await createRole(owner, teamId, { name: 'Designer', color: '#DB2777', pages: ['editor', 'tasks', 'editor'] });
    await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${member.userId}/roles`, payload: { roleIds: [role.id] } });

    const edited = await call(owner, { method: 'PATCH', url: `/api/v1/teams/${teamId}/roles/${role.id}`, payload: { name: 'Modeller', pages: ['editor'] } });
    const deleted = await call(owner, { method: 'DELETE', url: `/api/v1/teams/${teamId}/roles/${role.id}` });
    const memberAfter = await call(member, { method: 'GET', url: `/api/v1/teams/${teamId}` });
    const audit = await call(owner, { method: 'GET', url: '/api/v1/audit-logs?action=team.role-deleted' });

    expect(role).toMatchObject({ name: 'Designer', color: '#db2777', pages: ['editor', 'tasks'], memberCount: 0 });
    expect(edited.json()).toMatchObject({ name: 'Modeller', color: '#db2777', pages: ['editor'], memberCount: 1 });
    expect(deleted.statusCode).toBe(204);
    expect(memberAfter.json()).toMatchObject({ myRoles: [], myPages: [] });
    expect(audit.json()).toMatchObject({ items: [{ resourceId: role.id }] });
  });

  it('refuses a duplicate name (409), an unknown page (422 at /pages/n) and a bad colour (400)', async () => {
    const { owner, teamId } = await setup('RoleRules');
    const existing = await createRole(owner, teamId, { name: 'Reviewer', color: '#123456', pages: [] });
    const other = await createRole(owner, teamId, { name: 'Writer', color: '#123456', pages: [] });

    const duplicate = await call(owner, { method: 'POST', url: `/api/v1/teams/${teamId}/roles`, payload: { name: 'reviewer', color: '#123456', pages: [] } });
    const renameClash = await call(owner, { method: 'PATCH', url: `/api/v1/teams/${teamId}/roles/${other.id}`, payload: { name: 'REVIEWER' } });
    const badPage = await call(owner, { method: 'POST', url: `/api/v1/teams/${teamId}/roles`, payload: { name: 'Odd', color: '#123456', pages: ['tasks', 'stats'] } });
    const badColour = await call(owner, { method: 'PATCH', url: `/api/v1/teams/${teamId}/roles/${existing.id}`, payload: { color: 'red' } });
    const missing = await call(owner, { method: 'PATCH', url: `/api/v1/teams/${teamId}/roles/00000000-0000-4000-8000-000000000000`, payload: { name: 'Ghost' } });

    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'name-taken', errors: [{ pointer: '/name' }] });
    expect(renameClash.statusCode).toBe(409);
    expect(badPage.statusCode).toBe(422);
    expect(badPage.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/pages/1' }] });
    expect(badColour.statusCode).toBe(400);
    expect(badColour.json()).toMatchObject({ errors: [{ pointer: '/color' }] });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps the owner in charge after the "Owner" role is renamed or deleted (ownership is created_by)', async () => {
    const { owner, teamId } = await setup('Ownership');
    const roles = (await call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}/roles` })).json<{ items: TeamRole[] }>();
    const ownerRole = roles.items.find((role) => role.name === 'Owner');

    await call(owner, { method: 'DELETE', url: `/api/v1/teams/${teamId}/roles/${ownerRole?.id ?? ''}` });
    const detail = await call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}` });

    expect(detail.json()).toMatchObject({ isOwner: true, myRoles: [], myPages: ['editor', 'tasks', 'monitoring', 'team', 'shop'] });
  });
});

describe('team members', () => {
  it('lists members with roles, searches by name or e-mail and filters by role or no role', async () => {
    const { owner, member, teamId } = await setup('Members');
    const tester = await createRole(owner, teamId, { name: 'Tester', color: '#0ea5e9', pages: ['tasks'] });
    await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${member.userId}/roles`, payload: { roleIds: [tester.id] } });
    const list = (query: string) => call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}/members${query}` }).then((r) => r.json<{ items: TeamMember[] }>().items);

    const all = await list('');
    const byName = await list('?q=membersmember');
    const byEmail = await list(`?q=${encodeURIComponent(owner.email.slice(0, 12))}`);
    const byRole = await list(`?roleId=${tester.id}`);
    const noRole = await list('?roleId=none');
    const badFilter = await call(owner, { method: 'GET', url: `/api/v1/teams/${teamId}/members?roleId=nobody` });

    expect(all).toHaveLength(2);
    expect(all.find((m) => m.userId === owner.userId)).toMatchObject({ isOwner: true, roles: [{ name: 'Owner' }] });
    expect(byName.map((m) => m.userId)).toEqual([member.userId]);
    expect(byEmail.map((m) => m.userId)).toEqual([owner.userId]);
    expect(byRole.map((m) => m.userId)).toEqual([member.userId]);
    expect(noRole).toEqual([]);
    expect(badFilter.statusCode).toBe(400);
  });

  it('sets the full list of roles and refuses roles of another team (422)', async () => {
    const { owner, member, teamId } = await setup('SetRoles');
    const otherTeam = await createTeamAs(t, owner, 'Elsewhere');
    const foreignRole = await createRole(owner, otherTeam.id, { name: 'Foreign', color: '#111111', pages: [] });
    const a = await createRole(owner, teamId, { name: 'A role', color: '#111111', pages: ['tasks'] });
    const b = await createRole(owner, teamId, { name: 'B role', color: '#222222', pages: ['shop'] });

    const set = await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${member.userId}/roles`, payload: { roleIds: [a.id, b.id] } });
    const reset = await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${member.userId}/roles`, payload: { roleIds: [b.id] } });
    const foreign = await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/${member.userId}/roles`, payload: { roleIds: [b.id, foreignRole.id] } });
    const notMember = await call(owner, { method: 'PUT', url: `/api/v1/teams/${teamId}/members/00000000-0000-4000-8000-000000000000/roles`, payload: { roleIds: [] } });

    expect(set.json<TeamMember>().roles.map((r) => r.name)).toEqual(['A role', 'B role']);
    expect(reset.json<TeamMember>().roles.map((r) => r.name)).toEqual(['B role']);
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({ errors: [{ pointer: '/roleIds/1' }] });
    expect(notMember.statusCode).toBe(404);
  });

  it('removes a member but never the owner', async () => {
    const { owner, member, teamId } = await setup('Remover');

    const ownerRemoval = await call(owner, { method: 'DELETE', url: `/api/v1/teams/${teamId}/members/${owner.userId}` });
    const removal = await call(owner, { method: 'DELETE', url: `/api/v1/teams/${teamId}/members/${member.userId}` });
    const memberAfter = await call(member, { method: 'GET', url: `/api/v1/teams/${teamId}` });
    const audit = await call(owner, { method: 'GET', url: '/api/v1/audit-logs?action=team.member-removed' });

    expect(ownerRemoval.statusCode).toBe(409);
    expect(removal.statusCode).toBe(204);
    expect(memberAfter.statusCode).toBe(404);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: teamId }] });
  });
});
