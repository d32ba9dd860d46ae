/**
 * Who may hand out what. Least privilege: nobody can make a role (or a group membership) carry a
 * permission they do not hold themselves, only an owner gives or takes the Owner role, and the
 * account always keeps at least one active owner (directly or through a group).
 */
import { SYSTEM_ROLE_PERMISSIONS, isPermission, type Permission, type SystemRoleKey } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';
import type { TenantContext } from '../../platform/http/request-context.ts';
import { findRoleRefs } from './roles.repository.ts';

export type GrantedRole = { name: string; systemKey: string | null; permissions: readonly string[] };
export type RoleRef = GrantedRole & { id: string };

/** The tenant's roles among `ids` (another account's ids are simply not found). */
export async function findRolesById(tx: Tx, ids: readonly string[]): Promise<RoleRef[]> {
  return ids.length === 0 ? [] : findRoleRefs(tx, ids);
}

/** What a role grants: a system role's catalogue entry, or a custom role's known permissions. */
export function rolePermissions(role: { systemKey: string | null; permissions: readonly string[] }): Permission[] {
  if (role.systemKey) return [...(SYSTEM_ROLE_PERMISSIONS[role.systemKey as SystemRoleKey] ?? [])];
  return role.permissions.filter(isPermission);
}

export function isOwner(tenant: TenantContext): boolean {
  return tenant.principal.roleKeys.includes('owner');
}

/** 403 unless the caller may give these permissions (they hold every one of them). */
export function assertCanGrantPermissions(tenant: TenantContext, permissions: readonly Permission[]): void {
  const held = new Set(tenant.principal.permissions);
  const missing = permissions.filter((permission) => !held.has(permission));
  if (missing.length > 0) {
    throw new DomainError('forbidden', `You cannot grant permissions you do not hold yourself: ${missing.join(', ')}.`);
  }
}

/** 403 unless the caller may make people hold these roles (Owner only by an owner). */
export function assertCanGrantRoles(tenant: TenantContext, roles: readonly GrantedRole[]): void {
  if (roles.some((role) => role.systemKey === 'owner') && !isOwner(tenant)) {
    throw new DomainError('forbidden', 'Only an owner can give or take the Owner role.');
  }
  assertCanGrantPermissions(tenant, roles.flatMap(rolePermissions));
}

/** 409 when the change left the account without an active owner (checked before commit). */
export async function assertAccountHasOwner(tx: Tx): Promise<void> {
  const { rows } = await tx.query<{ owners: number }>(
    `with recursive owner_groups as (
       select gr.group_id from group_roles gr join roles r on r.id = gr.role_id where r.system_key = 'owner'
       union
       select g.id from groups g join owner_groups o on g.parent_id = o.group_id
     )
     select count(*)::int as owners from memberships m
      where m.status = 'active'
        and (exists (select 1 from membership_roles mr join roles r on r.id = mr.role_id where mr.user_id = m.user_id and r.system_key = 'owner')
          or exists (select 1 from group_members gm join owner_groups o on o.group_id = gm.group_id where gm.user_id = m.user_id))`);
  if ((rows[0]?.owners ?? 0) === 0) throw new DomainError('last-owner', 'This change would leave the account without an owner. Give someone else the Owner role first.');
}
