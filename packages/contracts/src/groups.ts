/**
 * Groups (spec §3.4): static (members listed by hand) or dynamic (members follow a rule over user
 * attributes), nested through `parentId`; roles given to a group reach its members and the members
 * of its sub-groups.
 */
import { z } from 'zod';
import { ListQuerySchema, pageSchema } from './pagination.ts';

export const GROUP_TYPES = ['static', 'dynamic'] as const;
export const GroupTypeSchema = z.enum(GROUP_TYPES);
export type GroupType = z.infer<typeof GroupTypeSchema>;

export const GROUP_NAME_MAX = 100;
export const GROUP_DESCRIPTION_MAX = 500;
export const GROUP_RULE_MAX = 2000;

/**
 * The user attributes a dynamic group's rule can read, with their expression types. `roles` lists
 * the names of the roles a person holds directly (not through groups, so rules never depend on
 * other groups). Plain data so both the server and the web editor can hand it to the expression
 * checker as its `fields`.
 */
export const GROUP_RULE_FIELDS = {
  email: { kind: 'string' },
  name: { kind: 'string' },
  status: { kind: 'string' },
  department: { kind: 'string' },
  title: { kind: 'string' },
  location: { kind: 'string' },
  externalId: { kind: 'string' },
  roles: { kind: 'list', element: { kind: 'string' } },
  createdAt: { kind: 'datetime' },
} as const;
export type GroupRuleAttribute = keyof typeof GROUP_RULE_FIELDS;

export const GroupRoleRefSchema = z.object({ id: z.uuid(), name: z.string(), color: z.string(), systemKey: z.string().nullable() });
export type GroupRoleRef = z.infer<typeof GroupRoleRefSchema>;

export const GroupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  type: GroupTypeSchema,
  rule: z.string().nullable(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  externalId: z.string().nullable(),
  /** People listed in (static) or matched by (dynamic) this group itself. */
  memberCount: z.number().int().min(0),
  /** Distinct people in this group or any of its sub-groups. */
  totalMemberCount: z.number().int().min(0),
  roles: z.array(GroupRoleRefSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Group = z.infer<typeof GroupSchema>;

export const GroupPageSchema = pageSchema(GroupSchema);
export type GroupPage = z.infer<typeof GroupPageSchema>;

export const GroupListQuerySchema = ListQuerySchema.pick({ limit: true, cursor: true }).extend({
  q: z.string().trim().max(100).optional(),
  type: GroupTypeSchema.optional(),
});
export type GroupListQuery = z.infer<typeof GroupListQuerySchema>;

const GroupNameSchema = z.string().trim().min(1, 'Enter a name').max(GROUP_NAME_MAX);
const RuleSchema = z.string().trim().min(1, 'Enter a rule').max(GROUP_RULE_MAX);
const ExternalIdSchema = z.string().trim().min(1).max(200);

export const CreateGroupBodySchema = z.object({
  name: GroupNameSchema,
  description: z.string().trim().max(GROUP_DESCRIPTION_MAX).default(''),
  type: GroupTypeSchema.default('static'),
  /** Required for a dynamic group, not allowed for a static one. */
  rule: RuleSchema.nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  roleIds: z.array(z.uuid()).max(100).default([]),
  externalId: ExternalIdSchema.nullable().optional(),
});
export type CreateGroupBody = z.input<typeof CreateGroupBodySchema>;

export const UpdateGroupBodySchema = z.object({
  name: GroupNameSchema.optional(),
  description: z.string().trim().max(GROUP_DESCRIPTION_MAX).optional(),
  type: GroupTypeSchema.optional(),
  rule: RuleSchema.nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  externalId: ExternalIdSchema.nullable().optional(),
});
export type UpdateGroupBody = z.input<typeof UpdateGroupBodySchema>;

export const GroupMemberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  status: z.string(),
  /** True when the person is not in this group itself but in one of its sub-groups. */
  isInherited: z.boolean(),
  /** The sub-group an inherited member is in. */
  viaGroup: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type GroupMember = z.infer<typeof GroupMemberSchema>;

export const GroupMemberPageSchema = pageSchema(GroupMemberSchema);
export type GroupMemberPage = z.infer<typeof GroupMemberPageSchema>;

export const GroupMemberListQuerySchema = ListQuerySchema.pick({ limit: true, cursor: true }).extend({
  q: z.string().trim().max(100).optional(),
});
export type GroupMemberListQuery = z.infer<typeof GroupMemberListQuerySchema>;

export const SetGroupMembersBodySchema = z.object({ userIds: z.array(z.uuid()).max(10_000) });
export type SetGroupMembersBody = z.infer<typeof SetGroupMembersBodySchema>;

export const SetGroupRolesBodySchema = z.object({ roleIds: z.array(z.uuid()).max(100) });
export type SetGroupRolesBody = z.infer<typeof SetGroupRolesBodySchema>;

export const ValidateRuleBodySchema = z.object({ rule: z.string().max(GROUP_RULE_MAX) });
export type ValidateRuleBody = z.infer<typeof ValidateRuleBodySchema>;

export const RuleDiagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  severity: z.enum(['error', 'warning']),
});
export type RuleDiagnostic = z.infer<typeof RuleDiagnosticSchema>;

/** Diagnostics of a rule and, when it has none, who it matches now (count and the first ten by name). */
export const RulePreviewSchema = z.object({
  ok: z.boolean(),
  diagnostics: z.array(RuleDiagnosticSchema),
  matchCount: z.number().int().min(0),
  sample: z.array(z.object({ userId: z.uuid(), name: z.string(), email: z.string() })),
});
export type RulePreview = z.infer<typeof RulePreviewSchema>;
