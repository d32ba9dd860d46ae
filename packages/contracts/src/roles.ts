/**
 * Roles (spec §3.8): the four system roles and an account's custom roles, whose permissions come
 * from the permission catalog. Permissions in a request body are plain strings here; the server
 * checks them against the catalog so an unknown one is a 422 pointing at its index.
 */
import { z } from 'zod';
import { pageSchema } from './pagination.ts';
import { SYSTEM_ROLE_KEYS } from './permissions.ts';

export const ROLE_NAME_MAX = 60;
export const ROLE_DESCRIPTION_MAX = 500;

/** `#rrggbb`; stored lower-case. */
export const RoleColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #2563eb').transform((value) => value.toLowerCase());

export const SystemRoleKeySchema = z.enum(SYSTEM_ROLE_KEYS);

export const RoleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  color: z.string(),
  /** Set for the four built-in roles, which cannot be edited or deleted. */
  systemKey: SystemRoleKeySchema.nullable(),
  permissions: z.array(z.string()),
  /** People holding the role directly or through a group (each counted once). */
  memberCount: z.number().int().min(0),
  directMemberCount: z.number().int().min(0),
  /** Groups the role is given to (their members and their sub-groups' members hold it). */
  groupCount: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Role = z.infer<typeof RoleSchema>;

export const RoleListSchema = z.object({ items: z.array(RoleSchema) });
export type RoleList = z.infer<typeof RoleListSchema>;

const RoleNameSchema = z.string().trim().min(1, 'Enter a name').max(ROLE_NAME_MAX);
const PermissionListSchema = z.array(z.string().max(100)).max(200);

export const CreateRoleBodySchema = z.object({
  name: RoleNameSchema,
  description: z.string().trim().max(ROLE_DESCRIPTION_MAX).default(''),
  color: RoleColorSchema.default('#64748b'),
  permissions: PermissionListSchema,
});
export type CreateRoleBody = z.input<typeof CreateRoleBodySchema>;

export const UpdateRoleBodySchema = z.object({
  name: RoleNameSchema.optional(),
  description: z.string().trim().max(ROLE_DESCRIPTION_MAX).optional(),
  color: RoleColorSchema.optional(),
  permissions: PermissionListSchema.optional(),
});
export type UpdateRoleBody = z.input<typeof UpdateRoleBodySchema>;

/** One holder of a role: directly, through groups (those holding the role or a sub-group of one), or both. */
export const RoleHolderSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  status: z.string(),
  isDirect: z.boolean(),
  groups: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type RoleHolder = z.infer<typeof RoleHolderSchema>;

export const RoleHolderPageSchema = pageSchema(RoleHolderSchema);
export type RoleHolderPage = z.infer<typeof RoleHolderPageSchema>;

/** The permission catalog as the role editor renders it. */
export const PermissionCatalogSchema = z.object({
  resources: z.array(z.object({
    resource: z.string(),
    label: z.string(),
    actions: z.array(z.object({ permission: z.string(), action: z.string(), description: z.string() })),
  })),
  systemRoles: z.array(z.object({ key: SystemRoleKeySchema, permissions: z.array(z.string()) })),
});
export type PermissionCatalog = z.infer<typeof PermissionCatalogSchema>;
