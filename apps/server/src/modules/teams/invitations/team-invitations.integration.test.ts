import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, MyTeamInvitation, TeamDetail, TeamInvitation, TeamList } from '@flowforge/contracts';
import { extractLinks, startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import type { RealtimeEvent } from '../../../platform/realtime.ts';
import { runPendingJobs } from '../../../testing/run-jobs.ts';
import { createTestApp, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { createTeamAs, switchAccountOf } from '../teams.testing.ts';

let t: TestApp;
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

let counter = 0;
function freshEmail(name: string): string {
  counter += 1;
  return `${name}-${counter}-${Date.now()}@example.test`;
}

async function invite(inviter: SignedUpUser, input: { teamId: string; email: string }) {
  return t.app.inject({ method: 'POST', url: `/api/v1/teams/${input.teamId}/invitations`, headers: inviter.headers, payload: { email: input.email } });
}

async function myInvitations(user: SignedUpUser): Promise<MyTeamInvitation[]> {
  return (await t.app.inject({ method: 'GET', url: '/api/v1/me/team-invitations', headers: user.headers })).json<{ items: MyTeamInvitation[] }>().items;
}

async function accept(user: SignedUpUser, invitationId: string, payload: Record<string, unknown> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/me/team-invitations/${invitationId}/accept`, headers: user.headers, payload });
}

/** Signs up through the API with a chosen e-mail (signUpUser picks its own). */
async function signUpWithEmail(email: string): Promise<SignedUpUser> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'Late Comer', email, password: 'correct horse battery', accountName: 'Late Inc' } });
  expect(response.statusCode).toBe(201);
  const body = response.json<{ user: { id: string }; account: { id: string } }>();
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : [String(setCookie)]).map((c) => c.split(';')[0]).join('; ');
  return { userId: body.user.id, accountId: body.account.id, email, cookie, headers: { cookie, origin: TEST_ORIGIN } };
}

async function ownerAndTeam(name: string): Promise<{ owner: SignedUpUser; team: TeamDetail }> {
  const owner = await signUpUser(t.app, name);
  return { owner, team: await createTeamAs(t, owner, `${name} crew`) };
}

describe('inviting', () => {
  it('mails a link that opens the invitation and whose token accepts it', async () => {
    const { owner, team } = await ownerAndTeam('Mailer');
    const invitee = await signUpUser(t.app, 'Reader');

    const response = await invite(owner, { teamId: team.id, email: invitee.email.toUpperCase() });
    const invitation = response.json<TeamInvitation>();
    await runPendingJobs(t.platform);
    const mail = await smtp.waitForMail((m) => m.to.includes(invitee.email));
    const link = extractLinks(mail.text ?? '').find((url) => url.includes('/teams/invitations/'));
    const token = new URL(link ?? 'http://x').searchParams.get('token') ?? '';
    const wrongToken = await accept(invitee, invitation.id, { token: 'forged' });
    const accepted = await accept(invitee, invitation.id, { token });

    expect(response.statusCode).toBe(201);
    expect(invitation).toMatchObject({ email: invitee.email, invitedBy: { id: owner.userId } });
    expect(mail.subject).toContain(team.name);
    expect(link).toMatch(new RegExp(`^${TEST_ORIGIN}/teams/invitations/${invitation.id}\\?token=`));
    expect(wrongToken.statusCode).toBe(404);
    expect(accepted.statusCode).toBe(200);
  });

  it('refuses an address that is already invited (409) or already a member (409)', async () => {
    const { owner, team } = await ownerAndTeam('Twice');
    const email = freshEmail('twice');
    await invite(owner, { teamId: team.id, email });

    const again = await invite(owner, { teamId: team.id, email: email.toUpperCase() });
    const member = await invite(owner, { teamId: team.id, email: owner.email });
    const invalid = await invite(owner, { teamId: team.id, email: 'not an address' });

    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invitation-exists', errors: [{ pointer: '/email' }] });
    expect(member.statusCode).toBe(409);
    expect(member.json()).toMatchObject({ code: 'already-member' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ errors: [{ pointer: '/email' }] });
  });

  it('lists and withdraws pending invitations; the invitee no longer sees a withdrawn one', async () => {
    const { owner, team } = await ownerAndTeam('Withdrawer');
    const invitee = await signUpUser(t.app, 'Withdrawn');
    const invitation = (await invite(owner, { teamId: team.id, email: invitee.email })).json<TeamInvitation>();

    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}/invitations`, headers: owner.headers });
    const withdrawn = await t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}/invitations/${invitation.id}`, headers: owner.headers });
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/teams/${team.id}/invitations/${invitation.id}`, headers: owner.headers });

    expect(listed.json()).toMatchObject({ items: [{ id: invitation.id, email: invitee.email }] });
    expect(withdrawn.statusCode).toBe(204);
    expect(again.statusCode).toBe(404);
    expect(await myInvitations(invitee)).toEqual([]);
  });
});

describe('the invitee', () => {
  it('signs up after being invited, sees the invitation and accepting joins the account as Member and the team', async () => {
    const { owner, team } = await ownerAndTeam('Recruiter');
    const email = freshEmail('newcomer');
    await invite(owner, { teamId: team.id, email });

    const newcomer = await signUpWithEmail(email);
    const seen = await myInvitations(newcomer);
    const accepted = await accept(newcomer, seen[0]?.id ?? '');
    const here = await switchAccountOf(t, newcomer, owner.accountId);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: here.headers })).json<MeResponse>();
    const teams = (await t.app.inject({ method: 'GET', url: '/api/v1/teams', headers: here.headers })).json<TeamList>();
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=team.invitation-accepted', headers: owner.headers });

    expect(seen).toEqual([expect.objectContaining({
      email, team: { id: team.id, name: team.name, colorScheme: 'green' }, account: { id: owner.accountId, name: 'Recruiter Inc' }, invitedBy: { id: owner.userId, name: 'Recruiter' },
    })]);
    expect(accepted.json()).toEqual({ teamId: team.id, accountId: owner.accountId, joinedAccount: true });
    expect(me.account.roles).toEqual(['Member']);
    expect(teams.joined.map((joined) => joined.id)).toEqual([team.id]);
    expect(await myInvitations(newcomer)).toEqual([]);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: team.id, actorId: newcomer.userId }] });
  });

  it('declines: the invitation is gone for both sides', async () => {
    const { owner, team } = await ownerAndTeam('Decliner');
    const invitee = await signUpUser(t.app, 'NoThanks');
    const invitation = (await invite(owner, { teamId: team.id, email: invitee.email })).json<TeamInvitation>();

    const declined = await t.app.inject({ method: 'POST', url: `/api/v1/me/team-invitations/${invitation.id}/decline`, headers: invitee.headers, payload: {} });
    const teamSide = await t.app.inject({ method: 'GET', url: `/api/v1/teams/${team.id}/invitations`, headers: owner.headers });
    const acceptAfter = await accept(invitee, invitation.id);

    expect(declined.statusCode).toBe(204);
    expect(teamSide.json()).toEqual({ items: [] });
    expect(acceptAfter.statusCode).toBe(404);
  });

  it('answers 404 when someone else tries to see, accept or decline the invitation', async () => {
    const { owner, team } = await ownerAndTeam('Guarded');
    const invitee = await signUpUser(t.app, 'Rightful');
    const intruder = await signUpUser(t.app, 'Intruder');
    const invitation = (await invite(owner, { teamId: team.id, email: invitee.email })).json<TeamInvitation>();

    const seen = await myInvitations(intruder);
    const accepted = await accept(intruder, invitation.id);
    const declined = await t.app.inject({ method: 'POST', url: `/api/v1/me/team-invitations/${invitation.id}/decline`, headers: intruder.headers, payload: {} });
    const byInviter = await accept(owner, invitation.id);

    expect(seen).toEqual([]);
    expect([accepted.statusCode, declined.statusCode, byInviter.statusCode]).toEqual([404, 404, 404]);
    expect(accepted.json()).toMatchObject({ code: 'invitation-not-found' });
    expect(await myInvitations(invitee)).toHaveLength(1);
  });

  it('cannot join through an invitation while their membership in that account is suspended', async () => {
    const { owner, team } = await ownerAndTeam('Suspender');
    const invitee = await signUpUser(t.app, 'Suspended');
    const invitation = (await invite(owner, { teamId: team.id, email: invitee.email })).json<TeamInvitation>();
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) =>
      tx.query(`insert into memberships (account_id, user_id, status) values ($1, $2, 'suspended')`, [owner.accountId, invitee.userId]));

    const response = await accept(invitee, invitation.id);

    expect(response.statusCode).toBe(409);
  });

  it('does not see invitations of an account that switched the teams module off', async () => {
    const { owner, team } = await ownerAndTeam('Off');
    const invitee = await signUpUser(t.app, 'OffInvitee');
    const invitation = (await invite(owner, { teamId: team.id, email: invitee.email })).json<TeamInvitation>();
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) =>
      tx.query(`insert into account_features (account_id, feature, enabled) values ($1, 'teams', false)`, [owner.accountId]));

    expect(await myInvitations(invitee)).toEqual([]);
    expect((await accept(invitee, invitation.id)).statusCode).toBe(404);
  });

  it('gets a live team-invitations.changed event in their own account when invited', async () => {
    const { owner, team } = await ownerAndTeam('Notifier');
    const invitee = await signUpUser(t.app, 'Notified');
    const received: RealtimeEvent[] = [];
    const unsubscribe = t.platform.realtime.subscribe({ accountId: invitee.accountId, userId: invitee.userId, send: (event) => received.push(event), close: () => undefined });

    await invite(owner, { teamId: team.id, email: invitee.email });
    await expect.poll(() => received.map((event) => event.type), { timeout: 5000 }).toContain('team-invitations.changed');
    unsubscribe();
  });
});
