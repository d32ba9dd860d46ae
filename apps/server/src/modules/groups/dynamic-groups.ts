/**
 * Dynamic group membership: every rule compiled once, evaluated against the people concerned, and
 * group_members brought in line with two bulk statements. Runs inside the caller's tenant
 * transaction, so membership changes commit with the change that caused them.
 */
import type { RulePreview } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import {
  deleteMemberPairs, insertMemberPairs, listDynamicGroupRules, listMemberPairs, listRuleSubjects,
} from './group-members.repository.ts';
import { compileGroupRule, diffMembers, selectMatching, toRuleAttributes, type CompiledRule, type RuleAttributes } from './group-rules.ts';

export type RecomputeScope = {
  accountId: string;
  /** Only these people (e.g. the ones just created or edited); everyone in the account when omitted. */
  userIds?: readonly string[];
  /** Only these groups; every dynamic group of the account when omitted. */
  groupIds?: readonly string[];
  /** Only groups whose rule reads this attribute (e.g. 'roles' after a role was renamed). */
  referencing?: string;
  /** The instant NOW() and TODAY() read; the current time by default. */
  now?: number;
};

export type RecomputeResult = { groups: number; people: number; added: number; removed: number; byGroup: Map<string, { added: number; removed: number }> };

type Pairs = { groupIds: string[]; userIds: string[] };

function pushPairs(pairs: Pairs, groupId: string, userIds: readonly string[]): void {
  for (const userId of userIds) {
    pairs.groupIds.push(groupId);
    pairs.userIds.push(userId);
  }
}

function groupByGroup(rows: readonly { groupId: string; userId: string }[]): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  for (const row of rows) {
    const members = byGroup.get(row.groupId);
    if (members) members.push(row.userId);
    else byGroup.set(row.groupId, [row.userId]);
  }
  return byGroup;
}

async function compileRules(tx: Tx, scope: RecomputeScope): Promise<{ id: string; rule: CompiledRule }[]> {
  const now = scope.now ?? Date.now();
  return (await listDynamicGroupRules(tx, scope.groupIds ?? null))
    .map((group) => ({ id: group.id, rule: compileGroupRule(group.rule, { now }) }))
    // A rule that no longer compiles keeps its members until it is fixed.
    .filter(({ rule }) => rule.ok && (!scope.referencing || rule.references.includes(scope.referencing)));
}

/** Like `recomputeDynamicGroups`, with counts of what changed per group. */
export async function applyDynamicGroups(tx: Tx, scope: RecomputeScope): Promise<RecomputeResult> {
  const rules = await compileRules(tx, scope);
  const result: RecomputeResult = { groups: rules.length, people: 0, added: 0, removed: 0, byGroup: new Map() };
  if (rules.length === 0 || scope.userIds?.length === 0) return result;
  const subjects = (await listRuleSubjects(tx, scope.userIds ?? null)).map((subject) => ({ userId: subject.userId, attributes: toRuleAttributes(subject) }));
  result.people = subjects.length;
  const current = groupByGroup(await listMemberPairs(tx, { groupIds: rules.map(({ id }) => id), userIds: scope.userIds ?? null }));
  const additions: Pairs = { groupIds: [], userIds: [] };
  const removals: Pairs = { groupIds: [], userIds: [] };
  for (const { id, rule } of rules) {
    const { added, removed } = diffMembers(current.get(id) ?? [], selectMatching(rule, subjects));
    pushPairs(additions, id, added);
    pushPairs(removals, id, removed);
    if (added.length + removed.length > 0) result.byGroup.set(id, { added: added.length, removed: removed.length });
  }
  result.removed = await deleteMemberPairs(tx, removals);
  result.added = await insertMemberPairs(tx, { accountId: scope.accountId, ...additions });
  return result;
}

/**
 * Brings the account's dynamic groups in line with their rules for the given people (everyone of
 * kind 'person' when `userIds` is omitted). Call it in the same transaction after creating,
 * editing or importing people, or changing their direct roles.
 */
export async function recomputeDynamicGroups(tx: Tx, scope: { accountId: string; userIds?: string[] }): Promise<void> {
  await applyDynamicGroups(tx, scope);
}

const SAMPLE_SIZE = 10;

/** Diagnostics of a rule and, when it compiles, how many people it matches now and the first ten of them. */
export async function previewRule(tx: Tx, source: string, now: number): Promise<RulePreview> {
  const rule = compileGroupRule(source, { now });
  if (!rule.ok) return { ok: false, diagnostics: rule.diagnostics, matchCount: 0, sample: [] };
  const subjects = await listRuleSubjects(tx, null);
  const matching = subjects.filter((subject) => rule.matches(toRuleAttributes(subject) satisfies RuleAttributes));
  return {
    ok: true,
    diagnostics: rule.diagnostics,
    matchCount: matching.length,
    sample: matching.slice(0, SAMPLE_SIZE).map(({ userId, name, email }) => ({ userId, name, email })),
  };
}
