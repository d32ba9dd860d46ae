/**
 * The team's side of invitations (reference §1.10 "Invite member"), behind the team page `team`:
 * invite an address (registered or not) with a real e-mail, list pending invitations, withdraw one.
 */
import type { TeamInvitation } from '@flowforge/contracts';
import { recordAudit } from '../../../platform/audit.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { enqueueMail } from '../../../platform/mail/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { notifyInvitee, publishTeamsChanged } from '../team-events.ts';
import { withTeam } from '../team-scope.ts';
import { buildInvitationMail, createInvitationToken, invitationUrl } from './invitation-mail.ts';
import { deleteTeamInvitation, insertTeamInvitation, isTeamMemberByEmail, listTeamInvitations } from './team-invitations.repository.ts';

export async function listInvitations(platform: Platform, ctx: RequestContext, teamId: string): Promise<TeamInvitation[]> {
  return withTeam(platform, ctx, { teamId, need: 'team', work: ({ tx }) => listTeamInvitations(tx, teamId) });
}

/** Invites an address: 409 when it is already invited or belongs to a member; mails the link. */
export async function inviteToTeam(platform: Platform, ctx: RequestContext, input: { teamId: string; email: string }): Promise<TeamInvitation> {
  const email = input.email.trim().toLowerCase();
  const invitation = await withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      if (await isTeamMemberByEmail(tx, { teamId: input.teamId, email })) {
        throw new DomainError('already-member', `${email} is already a member of "${access.teamName}".`, { errors: [{ pointer: '/email', message: 'Already a member of this team' }] });
      }
      const { token, tokenHash } = createInvitationToken();
      const created = await insertTeamInvitation(tx, { accountId: access.accountId, teamId: input.teamId, email, invitedBy: tenant.principal.userId, tokenHash });
      if (!created) {
        throw new DomainError('invitation-exists', `${email} has already been invited to "${access.teamName}".`, { errors: [{ pointer: '/email', message: 'Already invited' }] });
      }
      const url = invitationUrl({ baseUrl: platform.baseUrl, invitationId: created.id, token });
      const message = buildInvitationMail({
        teamName: access.teamName, accountName: tenant.principal.accountName ?? '', inviterName: tenant.principal.name, email, url, baseUrl: platform.baseUrl,
      });
      await enqueueMail(tx, { accountId: access.accountId, to: email, message, baseUrl: platform.baseUrl });
      await recordAudit(tx, tenant, { action: 'team.invitation-created', resourceType: 'team-invitation', resourceId: created.id, after: { teamId: input.teamId, email } });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
      return created;
    },
  });
  await notifyInvitee(platform, email);
  return invitation;
}

/** Withdraws a pending invitation. */
export async function withdrawInvitation(platform: Platform, ctx: RequestContext, input: { teamId: string; invitationId: string }): Promise<void> {
  const email = await withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      const removed = await deleteTeamInvitation(tx, input);
      if (!removed) throw new DomainError('invitation-not-found', `Invitation ${input.invitationId} does not exist in this team.`);
      await recordAudit(tx, tenant, { action: 'team.invitation-withdrawn', resourceType: 'team-invitation', resourceId: input.invitationId, before: { teamId: input.teamId, email: removed } });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
      return removed;
    },
  });
  await notifyInvitee(platform, email);
}
