/** Steps the teams integration tests share: create a team, bring someone in, act in an account. */
import type { TeamDetail } from '@flowforge/contracts';
import type { SignedUpUser, TestApp } from '../../testing/test-app.ts';

export async function createTeamAs(t: TestApp, owner: SignedUpUser, name: string): Promise<TeamDetail> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/teams', headers: owner.headers, payload: { name, colorScheme: 'green' } });
  if (response.statusCode !== 201) throw new Error(`creating the team failed: ${response.statusCode} ${response.body}`);
  return response.json<TeamDetail>();
}

/** Makes the account active for the user's session (they must be a member of it). */
export async function switchAccountOf(t: TestApp, user: SignedUpUser, accountId: string): Promise<SignedUpUser> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: user.headers, payload: { accountId } });
  if (response.statusCode !== 200) throw new Error(`switching the account failed: ${response.statusCode} ${response.body}`);
  return { ...user, accountId };
}

/** Invites the user into the team and accepts for them; returns them acting in the team's account. */
export async function bringIntoTeam(t: TestApp, input: { inviter: SignedUpUser; member: SignedUpUser; teamId: string }): Promise<SignedUpUser> {
  const invited = await t.app.inject({
    method: 'POST', url: `/api/v1/teams/${input.teamId}/invitations`, headers: input.inviter.headers, payload: { email: input.member.email },
  });
  if (invited.statusCode !== 201) throw new Error(`inviting failed: ${invited.statusCode} ${invited.body}`);
  const invitationId = invited.json<{ id: string }>().id;
  const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/me/team-invitations/${invitationId}/accept`, headers: input.member.headers, payload: {} });
  if (accepted.statusCode !== 200) throw new Error(`accepting failed: ${accepted.statusCode} ${accepted.body}`);
  return switchAccountOf(t, input.member, input.inviter.accountId);
}
