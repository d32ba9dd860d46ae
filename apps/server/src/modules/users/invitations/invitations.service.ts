/**
 * The public side of an invitation (spec §3.3.2): show it, and accept it. A person invited without
 * credentials chooses name and password here; someone who already has a password must be signed
 * in as the invited person. Either way the membership becomes active.
 */
import type { AcceptedInvitation, AcceptInvitationBody, Invitation } from '@flowforge/contracts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Tx } from '../../../platform/db/pool.ts';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { assertPasswordAllowed } from '../../../platform/auth/password-policy.ts';
import { hashInvitationToken } from './invitation-token.ts';
import { activateMembership, findOpenInvitation, markInvitationAccepted, setActiveAccount, setFirstPassword, type OpenInvitation } from './invitations.repository.ts';

export async function getInvitation(platform: Platform, token: string): Promise<Invitation> {
  const invitation = await getOpenInvitation(platform, token);
  return { accountName: invitation.accountName, email: invitation.email, needsPassword: !invitation.hasPassword };
}

export async function acceptInvitation(platform: Platform, ctx: RequestContext, request: { token: string; body: AcceptInvitationBody }): Promise<AcceptedInvitation> {
  const invitation = await getOpenInvitation(platform, request.token);
  if (invitation.hasPassword) await acceptAsSignedInPerson(platform, ctx, invitation);
  else await acceptWithNewPassword(platform, ctx, { invitation, body: request.body });
  return { accountId: invitation.accountId, accountName: invitation.accountName, email: invitation.email };
}

async function acceptWithNewPassword(platform: Platform, ctx: RequestContext, input: { invitation: OpenInvitation; body: AcceptInvitationBody }): Promise<void> {
  const { invitation, body } = input;
  if (body.password === undefined) {
    throw new DomainError('validation-failed', 'Choose a password to finish joining.', { errors: [{ pointer: '/password', message: 'Required' }] });
  }
  const password = body.password;
  await inInvitedTenant(platform, invitation, (tx) =>
    assertPasswordAllowed(tx, { accountId: invitation.accountId, password, email: invitation.email, name: body.name ?? null, pointer: '/password' }));
  const passwordHash = await (await platform.auth.$context).password.hash(body.password);
  await inInvitedTenant(platform, invitation, async (tx) => {
    if (!(await setFirstPassword(tx, { userId: invitation.userId, passwordHash, name: body.name }))) {
      throw new DomainError('conflict', 'You have chosen a password in the meantime. Sign in, then open the invitation link again.');
    }
    await completeAcceptance(tx, { ctx, invitation });
  });
}

async function acceptAsSignedInPerson(platform: Platform, ctx: RequestContext, invitation: OpenInvitation): Promise<void> {
  const principal = ctx.principal;
  if (!principal) throw new DomainError('unauthenticated', `Sign in as ${invitation.email} first, then accept the invitation.`);
  if (principal.userId !== invitation.userId) throw notFound();
  await inInvitedTenant(platform, invitation, async (tx) => {
    await completeAcceptance(tx, { ctx, invitation });
    await setActiveAccount(tx, { sessionId: principal.sessionId, accountId: invitation.accountId });
  });
}

function inInvitedTenant(platform: Platform, invitation: OpenInvitation, work: (tx: Tx) => Promise<void>): Promise<void> {
  return withTenant(platform.appPool, { accountId: invitation.accountId, userId: invitation.userId }, work);
}

async function completeAcceptance(tx: Tx, { ctx, invitation }: { ctx: RequestContext; invitation: OpenInvitation }): Promise<void> {
  if (!(await markInvitationAccepted(tx, invitation.invitationId))) throw notFound();
  const member = { accountId: invitation.accountId, userId: invitation.userId };
  await activateMembership(tx, member);
  const actor = { requestId: ctx.requestId, ip: ctx.ip, principal: member };
  await recordAudit(tx, actor, { action: 'user.invitation-accepted', resourceType: 'user', resourceId: invitation.userId, after: { email: invitation.email, status: 'active' } });
}

async function getOpenInvitation(platform: Platform, token: string): Promise<OpenInvitation> {
  const invitation = await findOpenInvitation(platform.appPool, hashInvitationToken(token));
  if (!invitation) throw notFound();
  return invitation;
}

function notFound(): DomainError {
  return new DomainError('invitation-not-found', 'This invitation link is not valid: it was used already, replaced by a newer one, or it expired. Ask for a new invitation.');
}
