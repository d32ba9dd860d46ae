/**
 * Invites pending members: a new token each (replacing any earlier one), stored as its hash, and
 * the e-mail with the accept link — all in the caller's transaction, so no mail leaves for a change
 * that rolls back.
 */
import type { Tx } from '../../../platform/db/pool.ts';
import type { TenantContext } from '../../../platform/http/request-context.ts';
import { enqueueMail, type MailMessage } from '../../../platform/mail/index.ts';
import { createInvitationToken, INVITATION_TTL_DAYS } from './invitation-token.ts';
import { replaceInvitations } from './invitations.repository.ts';

export type Invitee = { userId: string; email: string };

export async function sendInvitations(tx: Tx, tenant: TenantContext, batch: { baseUrl: string; invitees: readonly Invitee[] }): Promise<void> {
  const { principal } = tenant;
  if (batch.invitees.length === 0) return;
  const tokens = batch.invitees.map((invitee) => ({ ...invitee, ...createInvitationToken() }));
  await replaceInvitations(tx, { accountId: principal.accountId, invitedBy: principal.userId, ttlDays: INVITATION_TTL_DAYS, invitations: tokens });
  for (const invitee of tokens) {
    await enqueueMail(tx, {
      accountId: principal.accountId,
      to: invitee.email,
      baseUrl: batch.baseUrl,
      message: invitationMessage(tenant, `${batch.baseUrl}/invite/${invitee.token}`),
    });
  }
}

function invitationMessage({ principal }: TenantContext, link: string): MailMessage {
  const accountName = principal.accountName ?? 'FlowForge';
  return {
    subject: `${principal.name} invited you to ${accountName} on FlowForge`,
    heading: `Join ${accountName}`,
    paragraphs: [
      `${principal.name} (${principal.email}) invited you to work with them in ${accountName} on FlowForge.`,
      'Open the link to accept. If you are new to FlowForge, you will choose your password there.',
    ],
    action: { label: 'Accept the invitation', url: link },
    footnote: `The link works once and expires in ${INVITATION_TTL_DAYS} days. If you did not expect this invitation, ignore this e-mail.`,
  };
}
