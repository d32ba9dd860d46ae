/** Use cases for groups (spec §3.4): list, read, create, edit and delete; nesting and dynamic rules. */
import type { Group, GroupListQuery, GroupPage, GroupType } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { decodeNameCursor, toNamePage, type RoleRef } from '../roles/index.ts';
import { applyDynamicGroups } from './dynamic-groups.ts';
import { assertMayChangeHolders, assertOwnerKept, assertParent, assertTypeAndRule, findChainRoles, getGroupRow, resolveRoles } from './group-checks.ts';
import { deleteGroup, insertGroup, listGroups, replaceGroupRoles, updateGroup, type GroupRow, type GroupValues } from './groups.repository.ts';

export type CreateGroupInput = {
  name: string; description: string; type: GroupType; rule?: string | null | undefined; parentId?: string | null | undefined;
  roleIds: string[]; externalId?: string | null | undefined;
};
export type UpdateGroupInput = { [K in keyof Omit<CreateGroupInput, 'roleIds'>]?: CreateGroupInput[K] | undefined };

export function inTenant<T>(platform: Platform, tenant: TenantContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, work);
}

export function toGroup(row: GroupRow): Group {
  const { sortKey: _sortKey, ...group } = row;
  return group;
}

const nameTaken = (name: string) => new DomainError('name-taken', `A group named "${name}" already exists.`, { errors: [{ pointer: '/name', message: 'This name is already in use' }] });

function auditView(group: Group) {
  return {
    name: group.name, description: group.description, type: group.type, rule: group.rule, parentId: group.parentId,
    externalId: group.externalId, roleIds: group.roles.map((role) => role.id), memberCount: group.memberCount,
  };
}

export async function listAccountGroups(platform: Platform, ctx: RequestContext, query: GroupListQuery): Promise<GroupPage> {
  const tenant = requireAccount(ctx);
  const after = decodeNameCursor(query.cursor);
  const rows = await inTenant(platform, tenant, (tx) => listGroups(tx, { q: query.q, type: query.type, after, limit: query.limit }));
  const page = toNamePage(rows, { limit: query.limit, key: (row) => [row.sortKey, row.id] });
  return { items: page.items.map(toGroup), nextCursor: page.nextCursor };
}

export async function getGroupById(platform: Platform, ctx: RequestContext, id: string): Promise<Group> {
  const tenant = requireAccount(ctx);
  return toGroup(await inTenant(platform, tenant, (tx) => getGroupRow(tx, id)));
}

export async function createGroup(platform: Platform, ctx: RequestContext, body: CreateGroupInput): Promise<Group> {
  const tenant = requireAccount(ctx);
  const values: GroupValues = {
    name: body.name, description: body.description, type: body.type, rule: body.rule ?? null, parentId: body.parentId ?? null, externalId: body.externalId ?? null,
  };
  assertTypeAndRule(values.type, values.rule, Date.now());
  return inTenant(platform, tenant, async (tx) => {
    if (values.parentId) await assertParent(tx, { groupId: null, groupName: values.name, parentId: values.parentId });
    const roles = await resolveRoles(tx, body.roleIds);
    // Members of a dynamic group get its roles and its ancestors' at once.
    const inherited = values.type === 'dynamic' ? await findChainRoles(tx, values.parentId) : [];
    assertMayChangeHolders(tenant, { giving: [...roles, ...inherited], taking: [] });
    const id = await insertGroup(tx, tenant.principal.accountId, values);
    if (id === 'name-taken') throw nameTaken(values.name);
    await replaceGroupRoles(tx, { accountId: tenant.principal.accountId, groupId: id, roleIds: body.roleIds });
    if (values.type === 'dynamic') await applyDynamicGroups(tx, { accountId: tenant.principal.accountId, groupIds: [id] });
    const group = toGroup(await getGroupRow(tx, id));
    await recordAudit(tx, tenant, { action: 'group.created', resourceType: 'group', resourceId: id, after: auditView(group) });
    return group;
  });
}

function nextValues(before: GroupRow, body: UpdateGroupInput): GroupValues {
  const type = body.type ?? before.type;
  // Switching to static drops the rule (the members it matched stay, now listed by hand).
  const keptRule = type === 'static' ? null : before.rule;
  return {
    name: body.name ?? before.name,
    description: body.description ?? before.description,
    type,
    rule: body.rule === undefined ? keptRule : body.rule,
    parentId: body.parentId === undefined ? before.parentId : body.parentId,
    externalId: body.externalId === undefined ? before.externalId : body.externalId,
  };
}

/** Who holds what through the group changes when it moves or its rule changes: check both sides. */
async function assertMayRegroup(tx: Tx, tenant: TenantContext, change: { before: GroupRow; after: GroupValues; oldChain: RoleRef[]; isRuleChanged: boolean }): Promise<void> {
  const { before, after } = change;
  if (after.parentId === before.parentId && !change.isRuleChanged) return;
  const own = await resolveRoles(tx, before.roles.map((role) => role.id));
  const newParentChain = await findChainRoles(tx, after.parentId);
  assertMayChangeHolders(tenant, { giving: [...own, ...newParentChain], taking: change.oldChain });
}

export async function updateGroupById(platform: Platform, ctx: RequestContext, input: { id: string; body: UpdateGroupInput }): Promise<Group> {
  const tenant = requireAccount(ctx);
  const now = Date.now();
  return inTenant(platform, tenant, async (tx) => {
    const before = await getGroupRow(tx, input.id);
    const values = nextValues(before, input.body);
    assertTypeAndRule(values.type, values.rule, now);
    if (values.parentId && values.parentId !== before.parentId) await assertParent(tx, { groupId: before.id, groupName: values.name, parentId: values.parentId });
    const isRuleChanged = values.type === 'dynamic' && (values.rule !== before.rule || before.type !== 'dynamic');
    const oldChain = await findChainRoles(tx, before.id);
    await assertMayRegroup(tx, tenant, { before, after: values, oldChain, isRuleChanged });
    if ((await updateGroup(tx, before.id, values)) === 'name-taken') throw nameTaken(values.name);
    if (isRuleChanged) await applyDynamicGroups(tx, { accountId: tenant.principal.accountId, groupIds: [before.id], now });
    await assertOwnerKept(tx, oldChain);
    const after = toGroup(await getGroupRow(tx, before.id));
    await recordAudit(tx, tenant, { action: 'group.updated', resourceType: 'group', resourceId: before.id, before: auditView(toGroup(before)), after: auditView(after) });
    return after;
  });
}

/** Deletes a group; its members lose what they held through it and its sub-groups move to the top level. */
export async function deleteGroupById(platform: Platform, ctx: RequestContext, id: string): Promise<void> {
  const tenant = requireAccount(ctx);
  await inTenant(platform, tenant, async (tx) => {
    const group = await getGroupRow(tx, id);
    const chain = await findChainRoles(tx, id);
    assertMayChangeHolders(tenant, { giving: [], taking: chain });
    await deleteGroup(tx, id);
    await assertOwnerKept(tx, chain);
    await recordAudit(tx, tenant, { action: 'group.deleted', resourceType: 'group', resourceId: id, before: auditView(toGroup(group)) });
  });
}
