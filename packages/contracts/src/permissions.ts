/**
 * The permission catalog: every `resource:action` a route may require, the system roles built
 * from it and the ProcessFlow pages a team role may open. Custom roles pick from this catalog; the
 * role editor shows it with these descriptions. System roles are defined here, not in the database,
 * so a new permission reaches them without a data migration.
 */
import { z } from 'zod';

export const PERMISSION_CATALOG = {
  account: { label: 'Account', actions: { read: 'See the account', update: 'Rename the account and change general settings' } },
  accounts: { label: 'Accounts', actions: { create: 'Create new accounts' } },
  audit: { label: 'Audit log', actions: { read: 'Read the audit log', export: 'Export the audit log' } },
  users: { label: 'Users', actions: { read: 'List users', create: 'Create, invite and import users', update: 'Edit users, their roles and status', delete: 'Remove users from the account' } },
  groups: { label: 'Groups', actions: { read: 'List groups', create: 'Create groups', update: 'Edit groups and their members', delete: 'Delete groups' } },
  roles: { label: 'Roles', actions: { read: 'List roles', create: 'Create custom roles', update: 'Edit custom roles', delete: 'Delete custom roles' } },
  teams: { label: 'Teams', actions: { read: 'See teams', create: 'Create teams' } },
  settings: { label: 'Settings', actions: { read: 'Read admin settings', update: 'Change security, e-mail, audit and feature settings' } },
  'service-accounts': { label: 'Service accounts', actions: { read: 'List API keys and OAuth clients', create: 'Create API keys and OAuth clients', update: 'Rotate and edit them', delete: 'Revoke them' } },
  decisions: { label: 'Decision tables', actions: { read: 'See decision tables and their versions', evaluate: 'Evaluate and test decision tables', create: 'Create and import decision tables', update: 'Edit drafts of decision tables', publish: 'Publish versions of decision tables', delete: 'Delete decision tables' } },
  profile: { label: 'Profile', actions: { update: 'Edit one\'s own profile, password and sessions' } },
} as const;

type Catalog = typeof PERMISSION_CATALOG;
export type PermissionResource = keyof Catalog;
export type Permission = { [R in PermissionResource]: `${R}:${Extract<keyof Catalog[R]['actions'], string>}` }[PermissionResource];

export const PERMISSIONS: readonly Permission[] = Object.entries(PERMISSION_CATALOG).flatMap(
  ([resource, { actions }]) => Object.keys(actions).map((action) => `${resource}:${action}` as Permission),
);

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export const PermissionSchema = z.string().refine(isPermission, { message: 'Unknown permission; pick one from the permission catalog.' }).transform((value) => value as Permission);

export const SYSTEM_ROLE_KEYS = ['owner', 'admin', 'member', 'viewer'] as const;
export type SystemRoleKey = (typeof SYSTEM_ROLE_KEYS)[number];

const VIEWER: readonly Permission[] = ['account:read', 'profile:update', 'teams:read', 'decisions:read'];
const MEMBER: readonly Permission[] = [
  ...VIEWER, 'accounts:create', 'users:read', 'groups:read', 'roles:read', 'teams:create',
  'decisions:evaluate', 'decisions:create', 'decisions:update',
];

/**
 * What each system role grants. Owner and Admin hold every permission; they differ in that only an
 * owner may give or take the Owner role, and the last owner cannot lose it.
 */
export const SYSTEM_ROLE_PERMISSIONS: Record<SystemRoleKey, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  member: MEMBER,
  viewer: VIEWER,
};

/** Union of the permissions of system roles and custom permission lists (unknown names dropped). */
export function effectivePermissions(systemKeys: readonly string[], customPermissions: readonly string[]): Permission[] {
  const granted = new Set<Permission>();
  for (const key of systemKeys) for (const permission of SYSTEM_ROLE_PERMISSIONS[key as SystemRoleKey] ?? []) granted.add(permission);
  for (const permission of customPermissions) if (isPermission(permission)) granted.add(permission);
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

/** ProcessFlow pages a team role may open; Statistics and Settings are open to every member. */
export const TEAM_PAGES = ['editor', 'tasks', 'monitoring', 'team', 'shop'] as const;
export type TeamPage = (typeof TEAM_PAGES)[number];
export const TeamPageSchema = z.enum(TEAM_PAGES);

/**
 * Modules an account can switch off (Admin settings → Features). A switched-off module disappears
 * from the navigation and its API routes answer 404. Everything is on by default.
 */
export const FEATURES = {
  teams: 'Teams, their roles and invitations',
  groups: 'User groups',
  'service-accounts': 'Service accounts, API keys and OAuth clients',
  audit: 'The audit log viewer',
  decisions: 'Decision tables',
} as const;
export type FeatureKey = keyof typeof FEATURES;
export const FEATURE_KEYS = Object.keys(FEATURES) as FeatureKey[];
