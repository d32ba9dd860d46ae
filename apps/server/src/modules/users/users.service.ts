/**
 * Use cases of the user list and a user's record (spec §3.3.2): list, read, change, remove. The
 * account always keeps an active owner, and only owners give or take the Owner role.
 */
import { USER_SORT_FIELDS, type UpdateUserBody, type User, type UserListQuery } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor, parseSort, pickFields } from '../../platform/http/list-query.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { recomputeDynamicGroups } from '../groups/index.ts';
import {
  deleteMembership, findMemberForUpdate, hasActiveOwner, listAccountRoles, lockOwners, replaceMembershipRoles, updateMembership, updatePerson,
  type MemberState,
} from './members.repository.ts';
import { assertMayChangeOwnerRole, assertMayManageOwner, assertRolesExist, findSystemRole } from './role-rules.ts';
import { rethrowUniqueViolation } from './unique-violation.ts';
import { findUser, listUsers } from './users.repository.ts';

type Member = { accountId: string; userId: string };

export async function listAccountUsers(platform: Platform, ctx: RequestContext, query: UserListQuery) {
  const tenant = requireAccount(ctx);
  const sort = parseSort(query.sort, USER_SORT_FIELDS, { field: 'name', direction: 'asc' });
  const after = decodeCursor(query.cursor, 3);
  if (after && after[0] !== `${sort.field}:${sort.direction}`) {
    throw new DomainError('validation-failed', 'The cursor belongs to another sort order.', { errors: [{ pointer: '/query/cursor', message: 'Cursor does not match sort' }] });
  }
  const { accountId } = tenant.principal;
  return withTenant(platform.appPool, { accountId, userId: tenant.principal.userId }, async (tx) => {
    const rows = await listUsers(tx, {
      accountId, sort, limit: query.limit,
      filters: { q: query.q || undefined, status: query.status, roleId: query.roleId, groupId: query.groupId },
      after: after ? { key: String(after[1]), id: String(after[2]) } : null,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor([`${sort.field}:${sort.direction}`, last.sortKey, last.id]) : null;
    const items: User[] = page.map(({ sortKey: _sortKey, ...user }) => user);
    return { items: pickFields(items, query.fields), nextCursor };
  });
}

export async function getAccountUser(platform: Platform, ctx: RequestContext, userId: string): Promise<User> {
  const tenant = requireAccount(ctx);
  const member = { accountId: tenant.principal.accountId, userId };
  const user = await withTenant(platform.appPool, { accountId: member.accountId, userId: tenant.principal.userId }, (tx) => findUser(tx, member));
  if (!user) throw notFound(userId);
  return user;
}

export async function updateAccountUser(platform: Platform, ctx: RequestContext, change: { userId: string; body: UpdateUserBody }): Promise<User> {
  const tenant = requireAccount(ctx);
  const member = { accountId: tenant.principal.accountId, userId: change.userId };
  const { body } = change;
  return withTenant(platform.appPool, { accountId: member.accountId, userId: tenant.principal.userId }, async (tx) => {
    const touchesOwners = body.roleIds !== undefined || body.status !== undefined;
    if (touchesOwners) await lockOwners(tx, member.accountId);
    const state = await findMemberForUpdate(tx, member);
    const before = state && (await findUser(tx, member));
    if (!state || !before) throw notFound(member.userId);
    await checkRoleAndStatusChange(tx, { tenant, state, body });
    await updatePerson(tx, { userId: member.userId, name: body.name, profile: body.profile });
    await updateMembership(tx, { ...member, status: body.status, externalId: body.externalId }).catch(rethrowUniqueViolation);
    if (body.roleIds) await replaceMembershipRoles(tx, { ...member, roleIds: body.roleIds });
    if (touchesOwners) await assertOwnerRemains(tx, member.accountId);
    await recomputeDynamicGroups(tx, { accountId: member.accountId, userIds: [member.userId] });
    const after = await findUser(tx, member);
    if (!after) throw notFound(member.userId);
    await recordAudit(tx, tenant, { action: 'user.updated', resourceType: 'user', resourceId: member.userId, before, after });
    return after;
  });
}

/** Removes the person from the account; the person (global) stays, with their other accounts. */
export async function removeAccountUser(platform: Platform, ctx: RequestContext, userId: string): Promise<void> {
  const tenant = requireAccount(ctx);
  const member: Member = { accountId: tenant.principal.accountId, userId };
  await withTenant(platform.appPool, { accountId: member.accountId, userId: tenant.principal.userId }, async (tx) => {
    await lockOwners(tx, member.accountId);
    const state = await findMemberForUpdate(tx, member);
    const before = state && (await findUser(tx, member));
    if (!state || !before) throw notFound(userId);
    const roles = await listAccountRoles(tx, member.accountId);
    assertMayManageOwner(tenant, { ownerRoleId: findSystemRole(roles, 'owner')?.id, roleIds: state.roleIds });
    await deleteMembership(tx, member);
    await assertOwnerRemains(tx, member.accountId);
    await recordAudit(tx, tenant, { action: 'user.removed', resourceType: 'user', resourceId: userId, before });
  });
}

type RoleAndStatusChange = { tenant: TenantContext; state: MemberState; body: UpdateUserBody };

async function checkRoleAndStatusChange(tx: Tx, { tenant, state, body }: RoleAndStatusChange): Promise<void> {
  if (body.status !== undefined && state.status === 'pending') {
    throw new DomainError('conflict', 'This person has not accepted the invitation yet; their status changes when they do.', {
      errors: [{ pointer: '/status', message: 'Pending until the invitation is accepted' }],
    });
  }
  if (body.roleIds === undefined && body.status === undefined) return;
  const roles = await listAccountRoles(tx, tenant.principal.accountId);
  const ownerRoleId = findSystemRole(roles, 'owner')?.id;
  if (body.roleIds) {
    assertRolesExist(roles, body.roleIds);
    assertMayChangeOwnerRole(tenant, { ownerRoleId, before: state.roleIds, after: body.roleIds });
  }
  if (body.status !== undefined && body.status !== state.status) assertMayManageOwner(tenant, { ownerRoleId, roleIds: state.roleIds });
}

async function assertOwnerRemains(tx: Tx, accountId: string): Promise<void> {
  if (await hasActiveOwner(tx, accountId)) return;
  throw new DomainError('last-owner', 'This is the last active owner of the account. Make someone else an owner first.');
}

function notFound(userId: string): DomainError {
  return new DomainError('user-not-found', `User ${userId} does not exist.`);
}
