/**
 * Use cases for a group's members and roles: list members (with those of sub-groups), edit the
 * members of a static group, set the roles a group gives, and preview a dynamic rule.
 */
import type { GroupMemberListQuery, GroupMemberPage, RulePreview } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { decodeNameCursor, toNamePage } from '../roles/index.ts';
import { previewRule } from './dynamic-groups.ts';
import { assertMayChangeHolders, assertOwnerKept, findChainRoles, getGroupRow, resolveRoles } from './group-checks.ts';
import { diffMembers } from './group-rules.ts';
import { deleteMemberPairs, findAccountMemberIds, insertMemberPairs, listDirectMemberIds, listGroupMembers } from './group-members.repository.ts';
import { replaceGroupRoles, type GroupRow } from './groups.repository.ts';
import { inTenant } from './groups.service.ts';

export async function listMembersOfGroup(platform: Platform, ctx: RequestContext, query: GroupMemberListQuery & { id: string }): Promise<GroupMemberPage> {
  const tenant = requireAccount(ctx);
  const after = decodeNameCursor(query.cursor);
  return inTenant(platform, tenant, async (tx) => {
    await getGroupRow(tx, query.id);
    const rows = await listGroupMembers(tx, { groupId: query.id, q: query.q, after, limit: query.limit });
    const page = toNamePage(rows, { limit: query.limit, key: (row) => [row.sortKey, row.userId] });
    return { items: page.items.map(({ sortKey: _sortKey, ...member }) => member), nextCursor: page.nextCursor };
  });
}

async function getStaticGroup(tx: Tx, id: string): Promise<GroupRow> {
  const group = await getGroupRow(tx, id);
  if (group.type === 'dynamic') {
    throw new DomainError('conflict', `"${group.name}" is a dynamic group: membership of a dynamic group follows its rule. Change the rule, or make the group static to list members by hand.`);
  }
  return group;
}

type MemberChange = { tenant: TenantContext; group: GroupRow; added: string[]; removed: string[] };

/** Applies a change to a static group's members after checking the caller may make it. */
async function changeMembers(tx: Tx, change: MemberChange): Promise<void> {
  const { tenant, group, added, removed } = change;
  const chain = await findChainRoles(tx, group.id);
  assertMayChangeHolders(tenant, { giving: added.length > 0 ? chain : [], taking: removed.length > 0 ? chain : [] });
  await deleteMemberPairs(tx, { groupIds: removed.map(() => group.id), userIds: removed });
  await insertMemberPairs(tx, { accountId: tenant.principal.accountId, groupIds: added.map(() => group.id), userIds: added });
  if (removed.length > 0) await assertOwnerKept(tx, chain);
}

/** Replaces the members of a static group; every id must be a member of the account (422 pointing at it). */
export async function setGroupMembers(platform: Platform, ctx: RequestContext, input: { id: string; userIds: string[] }): Promise<void> {
  const tenant = requireAccount(ctx);
  await inTenant(platform, tenant, async (tx) => {
    const group = await getStaticGroup(tx, input.id);
    const known = await findAccountMemberIds(tx, input.userIds);
    const errors = input.userIds.flatMap((userId, index) => (known.has(userId) ? [] : [{ pointer: `/userIds/${index}`, message: 'Not a member of this account' }]));
    if (errors.length > 0) throw new DomainError('unprocessable', `${errors.length} of the people are not members of this account.`, { errors });
    const { added, removed } = diffMembers(await listDirectMemberIds(tx, group.id), input.userIds);
    await changeMembers(tx, { tenant, group, added, removed });
    await recordAudit(tx, tenant, { action: 'group.members-set', resourceType: 'group', resourceId: group.id, after: { added, removed } });
  });
}

export async function addGroupMember(platform: Platform, ctx: RequestContext, input: { id: string; userId: string }): Promise<void> {
  const tenant = requireAccount(ctx);
  await inTenant(platform, tenant, async (tx) => {
    const group = await getStaticGroup(tx, input.id);
    if (!(await findAccountMemberIds(tx, [input.userId])).has(input.userId)) throw new DomainError('user-not-found', `User ${input.userId} is not a member of this account.`);
    if ((await listDirectMemberIds(tx, group.id)).includes(input.userId)) return;
    await changeMembers(tx, { tenant, group, added: [input.userId], removed: [] });
    await recordAudit(tx, tenant, { action: 'group.member-added', resourceType: 'group', resourceId: group.id, after: { userId: input.userId } });
  });
}

export async function removeGroupMember(platform: Platform, ctx: RequestContext, input: { id: string; userId: string }): Promise<void> {
  const tenant = requireAccount(ctx);
  await inTenant(platform, tenant, async (tx) => {
    const group = await getStaticGroup(tx, input.id);
    if (!(await listDirectMemberIds(tx, group.id)).includes(input.userId)) throw new DomainError('user-not-found', `User ${input.userId} is not a member of "${group.name}".`);
    await changeMembers(tx, { tenant, group, added: [], removed: [input.userId] });
    await recordAudit(tx, tenant, { action: 'group.member-removed', resourceType: 'group', resourceId: group.id, before: { userId: input.userId } });
  });
}

/** Sets the roles a group gives its members (and its sub-groups' members). */
export async function setGroupRoles(platform: Platform, ctx: RequestContext, input: { id: string; roleIds: string[] }): Promise<void> {
  const tenant = requireAccount(ctx);
  await inTenant(platform, tenant, async (tx) => {
    const group = await getGroupRow(tx, input.id);
    const roles = await resolveRoles(tx, input.roleIds);
    const currentIds = new Set(group.roles.map((role) => role.id));
    const taking = await resolveRoles(tx, group.roles.filter((role) => !input.roleIds.includes(role.id)).map((role) => role.id));
    assertMayChangeHolders(tenant, { giving: roles.filter((role) => !currentIds.has(role.id)), taking });
    const change = await replaceGroupRoles(tx, { accountId: tenant.principal.accountId, groupId: group.id, roleIds: [...new Set(input.roleIds)] });
    await assertOwnerKept(tx, taking);
    await recordAudit(tx, tenant, { action: 'group.roles-set', resourceType: 'group', resourceId: group.id, before: { roleIds: [...currentIds] }, after: { roleIds: roles.map((role) => role.id), ...change } });
  });
}

/** Diagnostics of a rule and who it matches now (for the editor; changes nothing). */
export async function validateGroupRule(platform: Platform, ctx: RequestContext, rule: string): Promise<RulePreview> {
  const tenant = requireAccount(ctx);
  return inTenant(platform, tenant, (tx) => previewRule(tx, rule, Date.now()));
}
