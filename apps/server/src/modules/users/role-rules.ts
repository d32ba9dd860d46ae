/**
 * Rules about the roles a member may be given: they must be roles of this account, and only an
 * owner may give or take the Owner role (Admin is "everything except the Owner role").
 */
import { DomainError } from '../../platform/errors.ts';
import type { TenantContext } from '../../platform/http/request-context.ts';
import type { AccountRole } from './members.repository.ts';

/** Checks that every id names a role of the account; 422 pointing at the first unknown one. */
export function assertRolesExist(roles: readonly AccountRole[], roleIds: readonly string[]): void {
  const known = new Set(roles.map((role) => role.id));
  const errors = roleIds.flatMap((id, index) => (known.has(id) ? [] : [{ pointer: `/roleIds/${index}`, message: `Role ${id} does not exist in this account.` }]));
  if (errors.length > 0) throw new DomainError('unprocessable', 'Some of the roles do not exist in this account.', { errors });
}

export function findSystemRole(roles: readonly AccountRole[], key: 'owner' | 'member'): AccountRole | undefined {
  return roles.find((role) => role.systemKey === key);
}

export function isOwner(tenant: TenantContext): boolean {
  return tenant.principal.roleKeys.includes('owner');
}

/** 403 when a caller who is not an owner would give or take the Owner role. */
export function assertMayChangeOwnerRole(tenant: TenantContext, change: { ownerRoleId: string | undefined; before: readonly string[]; after: readonly string[] }): void {
  if (!change.ownerRoleId || isOwner(tenant)) return;
  const wasOwner = change.before.includes(change.ownerRoleId);
  const willBeOwner = change.after.includes(change.ownerRoleId);
  if (wasOwner !== willBeOwner) throw new DomainError('forbidden', 'Only an owner can give or take the Owner role.');
}

/** 403 when a caller who is not an owner would suspend, deactivate or remove an owner. */
export function assertMayManageOwner(tenant: TenantContext, member: { ownerRoleId: string | undefined; roleIds: readonly string[] }): void {
  if (!member.ownerRoleId || isOwner(tenant) || !member.roleIds.includes(member.ownerRoleId)) return;
  throw new DomainError('forbidden', 'Only an owner can change the status of an owner or remove them.');
}
