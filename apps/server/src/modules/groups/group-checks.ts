/**
 * The rules a group write must pass: it exists (404), its rule compiles, its parent is a group of
 * this account that does not sit below it (no cycles), its roles exist, and the caller may give or
 * take the roles its members hold through it.
 */
import type { FieldError, GroupType } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';
import type { TenantContext } from '../../platform/http/request-context.ts';
import { assertAccountHasOwner, assertCanGrantRoles, findRolesById, isOwner, type RoleRef } from '../roles/index.ts';
import { compileGroupRule } from './group-rules.ts';
import { findGroup, listChainRoles, listGroupChain, type GroupRow } from './groups.repository.ts';

export async function getGroupRow(tx: Tx, id: string): Promise<GroupRow> {
  const group = await findGroup(tx, id);
  if (!group) throw new DomainError('group-not-found', `Group ${id} does not exist.`);
  return group;
}

const invalid = (detail: string, errors: FieldError[]) => new DomainError('unprocessable', detail, { errors });

/** A dynamic group needs a rule that compiles to a condition; a static one has none. */
export function assertTypeAndRule(type: GroupType, rule: string | null, now: number): void {
  if (type === 'static') {
    if (rule !== null) throw invalid('A static group has no rule: its members are added by hand. Leave the rule out or make the group dynamic.', [{ pointer: '/rule', message: 'Not allowed for a static group' }]);
    return;
  }
  if (rule === null) throw invalid('A dynamic group needs a rule that says who belongs to it.', [{ pointer: '/rule', message: 'Enter a rule' }]);
  const compiled = compileGroupRule(rule, { now });
  const errors = compiled.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return;
  throw invalid(`The rule has ${errors.length} error(s): ${errors[0]?.message ?? ''}`, errors.map((diagnostic) => ({
    pointer: '/rule', message: `${diagnostic.message} (characters ${diagnostic.from + 1}–${Math.max(diagnostic.to, diagnostic.from + 1)})`,
  })));
}

/**
 * The parent must be a group of this account, and `groupId` (the group being edited) must not be
 * the parent or one of its ancestors, or the groups would contain each other.
 */
export async function assertParent(tx: Tx, input: { groupId: string | null; groupName: string; parentId: string }): Promise<void> {
  const chain = await listGroupChain(tx, input.parentId);
  if (chain.length === 0) throw invalid('The parent group does not exist in this account.', [{ pointer: '/parentId', message: 'No group with this id' }]);
  const index = chain.findIndex((group) => group.id === input.groupId);
  if (index === -1) return;
  const down = chain.slice(0, index + 1).reverse().map((group) => group.name);
  const parentName = chain[0]?.name ?? '';
  const detail = index === 0
    ? 'A group cannot be its own parent.'
    : `"${parentName}" is already inside "${input.groupName}" (${down.join(' › ')}); making it the parent would create the cycle ${[...down, input.groupName].join(' › ')}.`;
  throw invalid(detail, [{ pointer: '/parentId', message: detail }]);
}

/** The roles with these ids; 422 pointing at each id that is not a role of this account. */
export async function resolveRoles(tx: Tx, roleIds: readonly string[]): Promise<RoleRef[]> {
  const unique = [...new Set(roleIds)];
  const roles = await findRolesById(tx, unique);
  const found = new Set(roles.map((role) => role.id));
  const errors = roleIds.flatMap((id, index) => (found.has(id) ? [] : [{ pointer: `/roleIds/${index}`, message: 'No role with this id' }]));
  if (errors.length > 0) throw invalid('Some roles do not exist in this account.', errors);
  return roles;
}

/** Roles members of this group hold through it: its own and its ancestors'. */
export async function findChainRoles(tx: Tx, groupId: string | null): Promise<RoleRef[]> {
  return groupId ? listChainRoles(tx, groupId) : [];
}

/**
 * Guards a change of who holds `roles` through a group (members added or removed, re-parented,
 * rule changed, deleted): giving needs every permission the roles carry; the Owner role is given
 * and taken by owners only.
 */
export function assertMayChangeHolders(tenant: TenantContext, change: { giving: readonly RoleRef[]; taking: readonly RoleRef[] }): void {
  assertCanGrantRoles(tenant, change.giving);
  if (change.taking.some((role) => role.systemKey === 'owner') && !isOwner(tenant)) {
    throw new DomainError('forbidden', 'Only an owner can give or take the Owner role.');
  }
}

/** After a change touching the Owner role, the account must still have an active owner. */
export async function assertOwnerKept(tx: Tx, roles: readonly RoleRef[]): Promise<void> {
  if (roles.some((role) => role.systemKey === 'owner')) await assertAccountHasOwner(tx);
}
