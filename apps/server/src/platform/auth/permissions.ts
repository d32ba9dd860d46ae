/**
 * What each membership role may do. Routes name the permission they need; the identity issue will
 * replace this fixed map with account-defined roles, keeping the permission names.
 */
import type { MemberRole } from '@flowforge/contracts';

export const PERMISSIONS = [
  'account:read',
  'account:update',
  'accounts:create',
  'audit:read',
  'members:read',
  'profile:update',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MEMBER: Permission[] = ['account:read', 'accounts:create', 'members:read', 'profile:update'];

export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: [...MEMBER, 'account:update', 'audit:read'],
  member: MEMBER,
};
