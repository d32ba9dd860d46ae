/**
 * The invitee's side of team invitations. The invitee may belong to another account or to none, so
 * these run in two steps: find the invitation in the invitee's own scope (the `invitee_read` policy
 * shows only invitations addressed to their e-mail), then act inside the inviting account's tenant,
 * re-checking the address under a row lock. Accepting makes a non-member an active account member
 * with the system Member role, joins the team and upserts their statistics row.
 */
import type { AcceptedTeamInvitation, MyTeamInvitation, TeamColorScheme } from '@flowforge/contracts';
import { recordAudit, type AuditActor } from '../../../platform/audit.ts';
import type { Tx } from '../../../platform/db/pool.ts';
import { withTenant, withUser } from '../../../platform/db/with-tenant.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { notifyInvitee, publishTeamsChanged } from '../team-events.ts';
import { insertTeamMember } from '../teams.repository.ts';
import { isInvitationToken } from './invitation-mail.ts';
import {
  deleteInvitation, findInvitationContext, findMembershipStatus, insertMemberMembership, listInvitationsAddressedToMe, lockInvitationForInvitee,
  type AddressedInvitationRow, type LockedInvitationRow,
} from './team-invitations.repository.ts';

type Invitee = { userId: string; email: string; actor: Omit<AuditActor, 'principal'> };

/** Pending invitations addressed to the caller's e-mail, from every account whose teams module is on. */
export async function listMyInvitations(platform: Platform, ctx: RequestContext): Promise<MyTeamInvitation[]> {
  const invitee = requireInvitee(ctx);
  const rows = await withUser(platform.appPool, invitee.userId, (tx) => listInvitationsAddressedToMe(tx));
  const byAccount = new Map<string, AddressedInvitationRow[]>();
  for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row]);
  const lists = await Promise.all([...byAccount].map(([accountId, invitations]) =>
    withTenant(platform.appPool, { accountId, userId: invitee.userId }, (tx) => describeInvitations(tx, { accountId, invitations }))));
  return lists.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Accepts an invitation addressed to the caller (404 otherwise, as for a missing one). */
export async function acceptMyInvitation(platform: Platform, ctx: RequestContext, input: { invitationId: string; token: string | undefined }): Promise<AcceptedTeamInvitation> {
  const invitee = requireInvitee(ctx);
  const accountId = await findInvitationAccount(platform, { invitee, invitationId: input.invitationId });
  const accepted = await withTenant(platform.appPool, { accountId, userId: invitee.userId }, async (tx) => {
    const invitation = await lockInvitation(tx, { invitee, invitationId: input.invitationId, token: input.token });
    const joinedAccount = await ensureAccountMembership(tx, { userId: invitee.userId, invitedBy: invitation.invitedBy });
    await insertTeamMember(tx, { accountId, teamId: invitation.teamId, userId: invitee.userId });
    await deleteInvitation(tx, invitation.id);
    await recordAudit(tx, { ...invitee.actor, principal: { userId: invitee.userId, accountId } }, {
      action: 'team.invitation-accepted', resourceType: 'team', resourceId: invitation.teamId, after: { userId: invitee.userId, email: invitation.email, joinedAccount },
    });
    await publishTeamsChanged(tx, { accountId, teamId: invitation.teamId });
    return { teamId: invitation.teamId, accountId, joinedAccount };
  });
  await notifyInvitee(platform, invitee.email);
  return accepted;
}

/** Declines (deletes) an invitation addressed to the caller. */
export async function declineMyInvitation(platform: Platform, ctx: RequestContext, invitationId: string): Promise<void> {
  const invitee = requireInvitee(ctx);
  const accountId = await findInvitationAccount(platform, { invitee, invitationId });
  await withTenant(platform.appPool, { accountId, userId: invitee.userId }, async (tx) => {
    const invitation = await lockInvitation(tx, { invitee, invitationId, token: undefined });
    await deleteInvitation(tx, invitation.id);
    await recordAudit(tx, { ...invitee.actor, principal: { userId: invitee.userId, accountId } }, {
      action: 'team.invitation-declined', resourceType: 'team-invitation', resourceId: invitationId, before: { teamId: invitation.teamId, email: invitation.email },
    });
    await publishTeamsChanged(tx, { accountId, teamId: invitation.teamId });
  });
  await notifyInvitee(platform, invitee.email);
}

function requireInvitee(ctx: RequestContext): Invitee {
  const principal = ctx.principal;
  if (!principal) throw new DomainError('unauthenticated', 'Sign in to see your invitations.');
  return { userId: principal.userId, email: principal.email, actor: { requestId: ctx.requestId, ip: ctx.ip } };
}

async function findInvitationAccount(platform: Platform, input: { invitee: Invitee; invitationId: string }): Promise<string> {
  const [row] = await withUser(platform.appPool, input.invitee.userId, (tx) => listInvitationsAddressedToMe(tx, input.invitationId));
  if (!row) throw invitationNotFound(input.invitationId);
  return row.accountId;
}

async function lockInvitation(tx: Tx, input: { invitee: Invitee; invitationId: string; token: string | undefined }): Promise<LockedInvitationRow> {
  const invitation = await lockInvitationForInvitee(tx, { invitationId: input.invitationId, email: input.invitee.email });
  const isTokenWrong = input.token !== undefined && invitation !== undefined && !isInvitationToken(input.token, invitation.tokenHash);
  if (!invitation || !invitation.teamsEnabled || isTokenWrong) throw invitationNotFound(input.invitationId);
  return invitation;
}

/** Joins the inviting account as an active Member unless already in it; a blocked membership stops here. */
async function ensureAccountMembership(tx: Tx, input: { userId: string; invitedBy: string | null }): Promise<boolean> {
  const status = await findMembershipStatus(tx, input.userId);
  if (status === 'active') return false;
  if (status !== undefined) {
    throw new DomainError('conflict', `Your membership in this account is ${status}. Ask an administrator of the account to reactivate it first.`);
  }
  await insertMemberMembership(tx, { userId: input.userId, createdBy: input.invitedBy });
  return true;
}

async function describeInvitations(tx: Tx, input: { accountId: string; invitations: AddressedInvitationRow[] }): Promise<MyTeamInvitation[]> {
  const inviterIds = input.invitations.flatMap((row) => (row.invitedBy ? [row.invitedBy] : []));
  const context = await findInvitationContext(tx, { teamIds: input.invitations.map((row) => row.teamId), inviterIds });
  if (!context?.teamsEnabled) return [];
  return input.invitations.flatMap((row) => {
    const team = context.teams.find((candidate) => candidate.id === row.teamId);
    if (!team) return [];
    const inviter = context.inviters.find((candidate) => candidate.id === row.invitedBy);
    return [{
      id: row.id, email: row.email, createdAt: row.createdAt, invitedBy: inviter ?? null,
      team: { id: team.id, name: team.name, colorScheme: team.colorScheme as TeamColorScheme },
      account: { id: input.accountId, name: context.accountName },
    }];
  });
}

function invitationNotFound(invitationId: string): DomainError {
  return new DomainError('invitation-not-found', `Invitation ${invitationId} does not exist or is not addressed to you.`);
}
