/**
 * The invitation e-mail and its link. The link opens the invitation page of the web app and carries
 * a random token; only its SHA-256 is stored, so a database reader cannot forge links.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MailMessage } from '../../../platform/mail/index.ts';

export type InvitationToken = { token: string; tokenHash: string };

export function createInvitationToken(): InvitationToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares a presented token with the stored hash in constant time. */
export function isInvitationToken(token: string, tokenHash: string): boolean {
  const presented = Buffer.from(hashInvitationToken(token), 'hex');
  const stored = Buffer.from(tokenHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export function invitationUrl(input: { baseUrl: string; invitationId: string; token: string }): string {
  const url = new URL(`/teams/invitations/${input.invitationId}`, input.baseUrl);
  url.searchParams.set('token', input.token);
  return url.toString();
}

export type InvitationMailInput = { teamName: string; accountName: string; inviterName: string; email: string; url: string; baseUrl: string };

export function buildInvitationMail(input: InvitationMailInput): MailMessage {
  return {
    subject: `${input.inviterName} invited you to the team "${input.teamName}"`,
    heading: `Join ${input.teamName}`,
    paragraphs: [
      `${input.inviterName} invited you to join the team "${input.teamName}" in ${input.accountName} on FlowForge.`,
      `If you are not a member of ${input.accountName} yet, accepting makes you one, with the Member role.`,
    ],
    action: { label: 'Open the invitation', url: input.url },
    footnote: `This invitation is for ${input.email}. No FlowForge account yet? Sign up with this address at ${new URL('/sign-up', input.baseUrl).toString()}, then open the link again. If you did not expect this e-mail, you can ignore it.`,
  };
}
