/**
 * Wire format of teams (ProcessFlow's workspaces): teams, their members and team roles, invitations
 * as the team sees them and as the invitee sees them. Team pages come from permissions.ts.
 */
import { z } from 'zod';
import { TeamPageSchema } from './permissions.ts';

export const TEAM_COLOR_SCHEMES = ['blue', 'green', 'yellow', 'pink', 'red'] as const;
export const TeamColorSchemeSchema = z.enum(TEAM_COLOR_SCHEMES);
export type TeamColorScheme = z.infer<typeof TeamColorSchemeSchema>;

export const TEAM_NAME_MIN_LENGTH = 3;
export const TeamNameSchema = z.string().trim().min(TEAM_NAME_MIN_LENGTH, { message: `At least ${TEAM_NAME_MIN_LENGTH} characters` }).max(60);

/** `#rrggbb`; upper-case digits are accepted and stored in lower case. */
export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'A colour like #2563eb' }).transform((value) => value.toLowerCase());

export const TeamRoleRefSchema = z.object({ id: z.uuid(), name: z.string(), color: z.string() });
export type TeamRoleRef = z.infer<typeof TeamRoleRefSchema>;

export const TeamSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  colorScheme: TeamColorSchemeSchema,
  isOwner: z.boolean(),
  memberCount: z.number().int(),
  myRoles: z.array(TeamRoleRefSchema),
  createdAt: z.string(),
});
export type TeamSummary = z.infer<typeof TeamSummarySchema>;

/** The dashboard: teams the caller created and teams they joined. */
export const TeamListSchema = z.object({ own: z.array(TeamSummarySchema), joined: z.array(TeamSummarySchema) });
export type TeamList = z.infer<typeof TeamListSchema>;

export const TeamDetailSchema = TeamSummarySchema.extend({
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The pages the caller may open in this team (the owner may open all). */
  myPages: z.array(TeamPageSchema),
});
export type TeamDetail = z.infer<typeof TeamDetailSchema>;

export const CreateTeamBodySchema = z.strictObject({ name: TeamNameSchema, colorScheme: TeamColorSchemeSchema.default('blue') });
export type CreateTeamBody = z.input<typeof CreateTeamBodySchema>;

export const UpdateTeamBodySchema = z.strictObject({ name: TeamNameSchema.optional(), colorScheme: TeamColorSchemeSchema.optional() });
export type UpdateTeamBody = z.infer<typeof UpdateTeamBodySchema>;

/** Deleting a team needs its name typed again. */
export const DeleteTeamQuerySchema = z.object({ confirm: z.string().max(200).optional() });

export const TeamMemberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  isOwner: z.boolean(),
  joinedAt: z.string(),
  roles: z.array(TeamRoleRefSchema),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;
export const TeamMemberListSchema = z.object({ items: z.array(TeamMemberSchema) });

/** Search by name or e-mail; filter by a role id or `none` (members without any role). */
export const TeamMembersQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  roleId: z.union([z.uuid(), z.literal('none')]).optional(),
});
export type TeamMembersQuery = z.infer<typeof TeamMembersQuerySchema>;

export const SetTeamMemberRolesBodySchema = z.strictObject({ roleIds: z.array(z.uuid()).max(50) });
export type SetTeamMemberRolesBody = z.infer<typeof SetTeamMemberRolesBodySchema>;

export const TeamRoleSchema = TeamRoleRefSchema.extend({
  pages: z.array(TeamPageSchema),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type TeamRole = z.infer<typeof TeamRoleSchema>;
export const TeamRoleListSchema = z.object({ items: z.array(TeamRoleSchema) });

// Pages arrive as strings and are checked against TEAM_PAGES by the server (422 with a pointer).
const TeamRoleFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  color: HexColorSchema,
  pages: z.array(z.string().max(40)).max(10),
});
export const CreateTeamRoleBodySchema = TeamRoleFieldsSchema;
export type CreateTeamRoleBody = z.input<typeof CreateTeamRoleBodySchema>;
export const UpdateTeamRoleBodySchema = TeamRoleFieldsSchema.partial();
export type UpdateTeamRoleBody = z.input<typeof UpdateTeamRoleBodySchema>;

export const TeamInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type TeamInvitation = z.infer<typeof TeamInvitationSchema>;
export const TeamInvitationListSchema = z.object({ items: z.array(TeamInvitationSchema) });

export const InviteToTeamBodySchema = z.strictObject({ email: z.email().max(320).transform((value) => value.toLowerCase()) });
export type InviteToTeamBody = z.input<typeof InviteToTeamBodySchema>;

/** An invitation as its invitee sees it, from any account or none. */
export const MyTeamInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  team: z.object({ id: z.uuid(), name: z.string(), colorScheme: TeamColorSchemeSchema }),
  account: z.object({ id: z.uuid(), name: z.string() }),
  invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type MyTeamInvitation = z.infer<typeof MyTeamInvitationSchema>;
export const MyTeamInvitationListSchema = z.object({ items: z.array(MyTeamInvitationSchema) });

/** Accepting may carry the token from the mailed link; a wrong token is refused like a missing invitation. */
export const AcceptTeamInvitationBodySchema = z.strictObject({ token: z.string().max(200).optional() });
export const AcceptedTeamInvitationSchema = z.object({ teamId: z.uuid(), accountId: z.uuid(), joinedAccount: z.boolean() });
export type AcceptedTeamInvitation = z.infer<typeof AcceptedTeamInvitationSchema>;
