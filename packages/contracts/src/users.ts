/**
 * Users of an account (spec §3.3): a person (global) joined with their membership in the account.
 * Bodies and responses of /api/v1/users, the CSV import and the public invitation endpoints.
 */
import { z } from 'zod';
import { ListQuerySchema } from './pagination.ts';

export const USER_STATUSES = ['active', 'inactive', 'pending', 'suspended'] as const;
export const UserStatusSchema = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof UserStatusSchema>;

/** Statuses an administrator may set; `pending` only changes when the invitation is accepted. */
export const SETTABLE_USER_STATUSES = ['active', 'inactive', 'suspended'] as const;

export const USER_SORT_FIELDS = ['name', 'email', 'createdAt', 'lastLoginAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

/** Free-form profile: known keys are typed, others are kept as they are. */
export const UserProfileSchema = z.looseObject({
  title: z.string().max(200).optional(),
  department: z.string().max(200).optional(),
  phone: z.string().max(50).optional(),
  location: z.string().max(200).optional(),
});
export type UserProfile = z.infer<typeof UserProfileSchema>;

export const UserRoleRefSchema = z.object({ id: z.uuid(), name: z.string(), color: z.string() });
export type UserRoleRef = z.infer<typeof UserRoleRefSchema>;

/** The per-account user record of spec §3.3.1. */
export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  image: z.string().nullable(),
  status: UserStatusSchema,
  roleIds: z.array(z.uuid()),
  roles: z.array(UserRoleRefSchema),
  groupIds: z.array(z.uuid()),
  profile: z.record(z.string(), z.unknown()),
  externalId: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListQuerySchema = ListQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  status: UserStatusSchema.optional(),
  roleId: z.uuid().optional(),
  groupId: z.uuid().optional(),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserNameSchema = z.string().trim().min(1).max(120);
const ExternalIdSchema = z.string().trim().min(1).max(200);

export const CreateUserBodySchema = z.strictObject({
  email: z.email().max(255),
  name: UserNameSchema.optional(),
  roleIds: z.array(z.uuid()).max(50).optional(),
  externalId: ExternalIdSchema.optional(),
  profile: UserProfileSchema.optional(),
  sendInvite: z.boolean().default(true),
});
export type CreateUserBody = z.input<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z.strictObject({
  name: UserNameSchema.optional(),
  profile: UserProfileSchema.optional(),
  status: z.enum(SETTABLE_USER_STATUSES).optional(),
  roleIds: z.array(z.uuid()).max(50).optional(),
  externalId: ExternalIdSchema.nullable().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;
