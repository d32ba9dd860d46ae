/** The public invitation endpoints (/api/v1/invitations/:token): what the accept page shows and sends. */
import { z } from 'zod';
import { UserNameSchema } from './users.ts';

export const InvitationSchema = z.object({ accountName: z.string(), email: z.string(), needsPassword: z.boolean() });
export type Invitation = z.infer<typeof InvitationSchema>;

export const AcceptInvitationBodySchema = z.strictObject({
  name: UserNameSchema.optional(),
  password: z.string().max(128).optional(),
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;

export const AcceptedInvitationSchema = z.object({ accountId: z.uuid(), accountName: z.string(), email: z.string() });
export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>;
