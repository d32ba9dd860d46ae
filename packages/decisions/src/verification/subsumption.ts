/**
 * "Subsumed" warnings (§11.3): rules that never decide anything.
 * - A rule that can never match (an entry accepts no value of its column's type, or empty dates).
 * - A rule another rule covers and overrides: it is always dropped.
 * - FIRST: a rule whose every input an earlier rule (or several together) already matches.
 * - PRIORITY: a rule covered by one that always ranks higher (literal outputs, hit-policy.ts order).
 * - Other policies: a rule covered by another with the same outputs (redundant; with RULE ORDER,
 *   COLLECT and OUTPUT ORDER it repeats that output in the result).
 * Coverers that some rule overrides are not relied on, since they may be dropped.
 */
import type { DecisionRule, VerificationWarning } from '@flowforge/contracts';
import { emptyBits, setBit } from '../analysis/bitset.ts';
import { opaqueNote, ruleList, witnessIn } from './describe.ts';
import { outranks } from './priority-rank.ts';
import { canOverlap, covers, emptyDimension, ruleRegion, sameOutputs } from './rule-relations.ts';
import type { TableModel } from './table-model.ts';
import { uncoveredBoxes, type Budget } from './uncovered.ts';

interface Context {
  model: TableModel;
  rules: readonly DecisionRule[];
  /** Rules (by index) that can match at all. */
  live: number[];
  /** Ids some rule overrides. */
  overridden: ReadonlySet<string>;
  note: string;
}

const idOf = (context: Context, r: number) => context.rules[r]?.id ?? '';

/** A warning about rules `ids`, with a witness inside rule `witnessRule`'s region (if given). */
function warning(context: Context, ids: string[], text: { message: string; witnessRule: number | null }): VerificationWarning {
  const r = text.witnessRule;
  const witness = r === null ? null : witnessIn(context.model, ruleRegion(context.model, r)).values;
  return { kind: 'subsumed', ruleIds: ids, message: `${text.message}${context.note}`, witness, pointer: null };
}

function neverMatches(context: Context, r: number): VerificationWarning | null {
  const d = emptyDimension(context.model, r);
  const dim = context.model.dims[d];
  if (!dim) return null;
  const why = dim.column === null ? 'its effective dates contain no day (valid from is after valid to)' : `its entry for ${dim.label} accepts no value of the column's type`;
  return warning(context, [idOf(context, r)], { message: `Rule ${idOf(context, r)} can never match: ${why}.`, witnessRule: null });
}

/** A rule that covers `r` and may be relied on (never dropped by an override, not dropped by r). */
function reliable(context: Context, coverer: number, r: number): boolean {
  const rule = context.rules[r] as DecisionRule;
  return coverer !== r && !context.overridden.has(idOf(context, coverer)) && !rule.overrideIds.includes(idOf(context, coverer));
}

function alwaysOverridden(context: Context, r: number): VerificationWarning | null {
  const by = context.live.find((e) => e !== r && context.rules[e]?.overrideIds.includes(idOf(context, r)) && covers(context.model, e, r));
  if (by === undefined) return null;
  return warning(context, [idOf(context, r), idOf(context, by)], { message: `Rule ${idOf(context, r)} never applies: whenever it matches, rule ${idOf(context, by)} matches too and overrides it.`, witnessRule: r });
}

function shadowedInFirst(context: Context, r: number, budget: Budget): VerificationWarning | null {
  const { model } = context;
  const candidates = context.live.filter((e) => e < r && reliable(context, e, r) && canOverlap(model, e, r)
    && model.opaque.every(({ column }) => ['-', model.entries[r]?.[column]].includes(model.entries[e]?.[column])));
  if (candidates.length === 0) return null;
  const bits = emptyBits(context.rules.length);
  for (const e of candidates) setBit(bits, e);
  const boxes = uncoveredBoxes({ dims: model.dims, region: ruleRegion(model, r), candidates: bits, limit: 1, budget });
  if (boxes.length > 0 || budget.exhausted) return null;
  const ids = candidates.map((e) => idOf(context, e));
  const by = ids.length === 1 ? `the earlier rule ${ids[0]} matches` : `earlier rules ${ruleList(ids)} together match`;
  return warning(context, [idOf(context, r), ...ids], { message: `Rule ${idOf(context, r)} can never be selected: with hit policy FIRST, ${by} every input it matches.`, witnessRule: r });
}

function outrankedInPriority(context: Context, r: number): VerificationWarning | null {
  const { model } = context;
  const by = context.live.find((e) => reliable(context, e, r) && covers(model, e, r) && outranks(model, e, r));
  if (by === undefined) return null;
  return warning(context, [idOf(context, r), idOf(context, by)], { message: `Rule ${idOf(context, r)} can never be selected: rule ${idOf(context, by)} matches every input it matches and always ranks higher (output priority, then rule priority, then specificity).`, witnessRule: r });
}

function duplicated(context: Context, r: number): VerificationWarning | null {
  const { model, rules } = context;
  const rule = rules[r] as DecisionRule;
  const by = context.live.find((e) => reliable(context, e, r) && !rules[e]?.overrideIds.includes(rule.id) && sameOutputs(rules[e] as DecisionRule, rule)
    && covers(model, e, r) && (e < r || !covers(model, r, e)));
  if (by === undefined) return null;
  const repeated = ['all', 'collect', 'output_order'].includes(model.table.hitPolicy);
  const effect = repeated ? 'so the result lists that output twice' : 'so it can be removed without changing any result';
  return warning(context, [rule.id, idOf(context, by)], { message: `Rule ${rule.id} is subsumed by rule ${idOf(context, by)}: every input it matches also matches ${idOf(context, by)}, with the same outputs, ${effect}.`, witnessRule: r });
}

function ruleWarning(context: Context, r: number, budget: Budget): VerificationWarning | null {
  const overridden = alwaysOverridden(context, r);
  if (overridden) return overridden;
  switch (context.model.table.hitPolicy) {
    case 'first': return shadowedInFirst(context, r, budget);
    case 'priority': return outrankedInPriority(context, r) ?? duplicated(context, r);
    default: return duplicated(context, r);
  }
}

export function subsumptionWarnings(model: TableModel, options: { limit: number; budget: Budget }): VerificationWarning[] {
  const rules = model.table.rules;
  const live = model.rules.filter((r) => emptyDimension(model, r) === -1);
  const overridden = new Set(rules.flatMap((rule) => rule.overrideIds));
  const context: Context = { model, rules, live, overridden, note: opaqueNote(model, 'only rules whose entries there are identical or "-" count as covering') };
  const warnings: VerificationWarning[] = [];
  for (const r of model.rules) {
    const found = live.includes(r) ? ruleWarning(context, r, options.budget) : neverMatches(context, r);
    if (found && warnings.length === options.limit) {
      warnings.push({ kind: 'subsumed', ruleIds: [], message: `More rules never decide anything; only the first ${options.limit} are listed.`, witness: null, pointer: null });
      break;
    }
    if (found) warnings.push(found);
  }
  if (model.table.hitPolicy === 'first' && options.budget.exhausted) {
    warnings.push({ kind: 'subsumed', ruleIds: [], message: 'Analysis limited: the table is too large to check every rule against the earlier ones, so some rules that can never be selected may not be listed.', witness: null, pointer: null });
  }
  return warnings;
}
