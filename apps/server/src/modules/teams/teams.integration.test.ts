import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDetail, TeamList } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import type { RealtimeEvent } from '../../platform/realtime.ts';
import { addMember, createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { requireTeamPage } from './index.ts';
import { bringIntoTeam, createTeamAs, switchAccountOf } from './teams.testing.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function countRows(accountId: string, sql: string, params: unknown[]): Promise<number> {
  return withTenant(t.platform.appPool, { accountId }, async (tx) => Number((await tx.query<{ n: string }>(sql, params)).rows[0]?.n));
}

async function ownerWithMember(name: string): Promise<{ owner: SignedUpUser; member: SignedUpUser; team: TeamDetail }> {
  const owner = await signUpUser(t.app, `${name}Owner`);
  const team = await createTeamAs(t, owner, `${name} team`);
  const member = await bringIntoTeam(t, { inviter: owner, member: await signUpUser(t.app, `${name}Member`), teamId: team.id });
  return { owner, member, team };
}

describe('creating a team', () => {
  it('makes the creator its owner with an "Owner" role opening every page, and one statistics row', async () => {
    const owner = await signUpUser(t.app, 'Creator');

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: owner.headers, payload: { name: '  Rocket  ', colorScheme: 'pink' } });
    const team = response.json<TeamDetail>();
    const roles = await withTenant(t.platform.appPool, { accountId: owner.accountId }, async (tx) =>
      (await tx.query('select name, color, pages from team_roles where team_id = $1', [team.id])).rows);
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=team.created', headers: owner.headers });

    expect(response.statusCode).toBe(201);
    expect(team).toMatchObject({ name: 'Rocket', colorScheme: 'pink', isOwner: true, memberCount: 1, owner: { id: owner.userId }, myPages: ['editor', 'tasks', 'monitoring', 'team', 'shop'] });
    expect(team.myRoles).toEqual([expect.objectContaining({ name: 'Owner', color: '#111827' })]);
    expect(roles).toEqual([{ name: 'Owner', color: '#111827', pages: ['editor', 'tasks', 'monitoring', 'team', 'shop'] }]);
    expect(await countRows(owner.accountId, 'select count(*) as n from team_statistics where team_id = $1 and user_id = $2', [team.id, owner.userId])).toBe(1);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: team.id }] });
  });

  it('refuses short names with a pointer, and a name the creator already uses in any case', async () => {
    const owner = await signUpUser(t.app, 'Namer');
    const other = await signUpUser(t.app, 'OtherNamer');
    await addMember(t.platform, { accountId: owner.accountId, userId: other.userId }, 'member');
    const otherHere = await switchAccountOf(t, other, owner.accountId);
    await createTeamAs(t, owner, 'Alpha');

    const short = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: owner.headers, payload: { name: 'ab' } });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: owner.headers, payload: { name: 'ALPHA' } });
    const byOther = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: otherHere.headers, payload: { name: 'alpha' } });

    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/name' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'name-taken', errors: [{ pointer: '/name' }] });
    expect(byOther.statusCode).toBe(201);
  });

  it('needs teams:create: a Viewer gets 403', async () => {
    const owner = await signUpUser(t.app, 'ViewerHost');
    const viewer = await signUpUser(t.app, 'Viewer');
    await addMember(t.platform, { accountId: owner.accountId, userId: viewer.userId }, 'viewer');
    const viewerHere = await switchAccountOf(t, viewer, owner.accountId);

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: viewerHere.headers, payload: { name: 'Not allowed' } });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: viewerHere.headers });

    expect(response.statusCode).toBe(403);
    expect(list.statusCode).toBe(200);
  });
});

describe('the dashboard list and one team', () => {
  it('splits own and joined teams, with member counts and my roles', async () => {
    const { owner, member, team } = await ownerWithMember('Lister');

    const ownerList = (await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: owner.headers })).json<TeamList>();
    const memberList = (await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: member.headers })).json<TeamList>();
    const asMember = (await t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, headers: member.headers })).json<TeamDetail>();

    expect(ownerList.own).toEqual([expect.objectContaining({ id: team.id, memberCount: 2, isOwner: true })]);
    expect(ownerList.joined).toEqual([]);
    expect(memberList).toEqual({ own: [], joined: [expect.objectContaining({ id: team.id, memberCount: 2, isOwner: false, myRoles: [] })] });
    expect(asMember).toMatchObject({ id: team.id, myPages: [], owner: { id: owner.userId } });
  });

  it('answers 404 to account members outside the team and to other tenants, as for a missing team', async () => {
    const owner = await signUpUser(t.app, 'Hider');
    const team = await createTeamAs(t, owner, 'Hidden');
    const colleague = await signUpUser(t.app, 'Colleague');
    await addMember(t.platform, { accountId: owner.accountId, userId: colleague.userId }, 'admin');
    const colleagueHere = await switchAccountOf(t, colleague, owner.accountId);
    const stranger = await signUpUser(t.app, 'Stranger');

    const statuses = await Promise.all([
      t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, headers: colleagueHere.headers }),
      t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, headers: stranger.headers }),
      t.app.inject({ method: 'PATCH', url: `/api/v1/teams/${team.id}`, headers: stranger.headers, payload: { name: 'Taken over' } }),
      t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}?confirm=Hidden`, headers: stranger.headers }),
      t.app.inject({ method: 'GET', url: '/api/v1/teams/00000000-0000-4000-8000-000000000000', headers: owner.headers }),
    ]);

    expect(statuses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.map((r) => r.json<{ code: string }>().code)).toEqual(Array(5).fill('team-not-found'));
  });
});

describe('renaming and deleting', () => {
  it('lets only the owner rename the team', async () => {
    const { owner, member, team } = await ownerWithMember('Renamer');

    const byMember = await t.app.inject({ method: 'PATCH', url: `/api/v1/teams/${team.id}`, headers: member.headers, payload: { name: 'Mine now' } });
    const byOwner = await t.app.inject({ method: 'PATCH', url: `/api/v1/teams/${team.id}`, headers: owner.headers, payload: { name: 'Renamed', colorScheme: 'red' } });

    expect(byMember.statusCode).toBe(403);
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json()).toMatchObject({ name: 'Renamed', colorScheme: 'red' });
  });

  it('deletes only for the owner who typed the name, with pending invitations, roles and statistics cascading', async () => {
    const { owner, member, team } = await ownerWithMember('Deleter');
    await t.app.inject({ method: 'POST', url: `/api/v1/teams/${team.id}/invitations`, headers: owner.headers, payload: { email: 'pending@example.test' } });

    const byMember = await t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}?confirm=${encodeURIComponent(team.name)}`, headers: member.headers });
    const wrongName = await t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}?confirm=nope`, headers: owner.headers });
    const noName = await t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}`, headers: owner.headers });
    const byOwner = await t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}?confirm=${encodeURIComponent(team.name)}`, headers: owner.headers });
    const leftovers = await Promise.all(['team_members', 'team_roles', 'team_invitations', 'team_statistics', 'team_member_roles'].map((table) =>
      countRows(owner.accountId, `select count(*) as n from ${table} where team_id = $1`, [team.id])));

    expect(byMember.statusCode).toBe(403);
    expect(wrongName.statusCode).toBe(422);
    expect(wrongName.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/query/confirm' }] });
    expect(noName.statusCode).toBe(422);
    expect(byOwner.statusCode).toBe(204);
    expect(leftovers).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('leaving', () => {
  it('lets a member leave, but not the owner', async () => {
    const { owner, member, team } = await ownerWithMember('Leaver');

    const ownerLeaves = await t.app.inject({ method: 'POST', url: `/api/v1/teams/${team.id}/leave`, headers: owner.headers, payload: {} });
    const memberLeaves = await t.app.inject({ method: 'POST', url: `/api/v1/teams/${team.id}/leave`, headers: member.headers, payload: {} });
    const afterwards = await t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, headers: member.headers });

    expect(ownerLeaves.statusCode).toBe(409);
    expect(ownerLeaves.json<{ detail: string }>().detail).toContain('cannot leave');
    expect(memberLeaves.statusCode).toBe(204);
    expect(afterwards.statusCode).toBe(404);
  });

  it('keeps exactly one statistics row when a member leaves and rejoins (ProcessFlow bug 12)', async () => {
    const { owner, member, team } = await ownerWithMember('Rejoiner');

    await t.app.inject({ method: 'POST', url: `/api/v1/teams/${team.id}/leave`, headers: member.headers, payload: {} });
    await bringIntoTeam(t, { inviter: owner, member, teamId: team.id });

    expect(await countRows(owner.accountId, 'select count(*) as n from team_statistics where team_id = $1 and user_id = $2', [team.id, member.userId])).toBe(1);
    expect(await countRows(owner.accountId, 'select count(*) as n from team_members where team_id = $1', [team.id])).toBe(2);
  });
});

describe('requireTeamPage, the guard later modules use', () => {
  it('lets the owner open every page, refuses pages a member\'s roles do not open (403) and non-members (404)', async () => {
    const { owner, member, team } = await ownerWithMember('Guard');
    const guard = (userId: string, page: 'editor' | 'tasks') => withTenant(t.platform.appPool, { accountId: owner.accountId, userId }, (tx) =>
      requireTeamPage(tx, { teamId: team.id, userId, page }));
    const outsider = await signUpUser(t.app, 'Outsider');
    await addMember(t.platform, { accountId: owner.accountId, userId: outsider.userId }, 'member');
    const role = await t.app.inject({ method: 'POST', url: `/api/v1/teams/${team.id}/roles`, headers: owner.headers, payload: { name: 'Worker', color: '#2563EB', pages: ['tasks'] } });
    await t.app.inject({ method: 'PUT', url: `/api/v1/teams/${team.id}/members/${member.userId}/roles`, headers: owner.headers, payload: { roleIds: [role.json<{ id: string }>().id] } });

    await expect(guard(owner.userId, 'editor')).resolves.toMatchObject({ isOwner: true, pages: ['editor', 'tasks', 'monitoring', 'team', 'shop'] });
    await expect(guard(member.userId, 'tasks')).resolves.toMatchObject({ isOwner: false, pages: ['tasks'], roleIds: [role.json<{ id: string }>().id] });
    await expect(guard(member.userId, 'editor')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(guard(outsider.userId, 'tasks')).rejects.toMatchObject({ code: 'team-not-found' });
  });
});

describe('module switch and realtime', () => {
  it('answers 404 on every teams route when the account switched the module off', async () => {
    const owner = await signUpUser(t.app, 'Switcher');
    const team = await createTeamAs(t, owner, 'Switched');
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) =>
      tx.query(`insert into account_features (account_id, feature, enabled) values ($1, 'teams', false)`, [owner.accountId]));

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: owner.headers });
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}`, headers: owner.headers });
    const create = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: owner.headers, payload: { name: 'Another' } });

    expect([list.statusCode, one.statusCode, create.statusCode]).toEqual([404, 404, 404]);
  });

  it('publishes teams.changed to the account when a team changes', async () => {
    const owner = await signUpUser(t.app, 'Listener');
    const received: RealtimeEvent[] = [];
    const unsubscribe = t.platform.realtime.subscribe({ accountId: owner.accountId, userId: owner.userId, send: (event) => received.push(event), close: () => undefined });

    const team = await createTeamAs(t, owner, 'Live');
    await expect.poll(() => received.map((event) => event.type), { timeout: 5000 }).toContain('teams.changed');
    unsubscribe();

    expect(received.find((event) => event.type === 'teams.changed')?.data).toEqual({ teamId: team.id });
  });
});
