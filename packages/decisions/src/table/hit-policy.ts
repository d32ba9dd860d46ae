/**
 * DMN 1.3 §8.2.11 hit policies over the matched rules' outputs, plus the §11.3 ordering FlowForge
 * adds for PRIORITY and OUTPUT ORDER: output value priority first (DMN), then the rule's explicit
 * `priority` (higher first), then specificity (more non-`-` entries first), then table order.
 */
import type { CollectAggregation, HitPolicy } from '@flowforge/contracts';
import { sameValue } from '../feel/values.ts';

export interface RuleHit {
  index: number;
  id: string;
  /** Output values in column order, as JSON. */
  values: unknown[];
  priority: number | null;
  specificity: number;
}

export type HitPolicyViolationCode = 'unique-violation' | 'any-violation' | 'aggregation-invalid';

export class HitPolicyViolation extends Error {
  constructor(readonly code: HitPolicyViolationCode, message: string, readonly ruleIds: string[]) {
    super(message);
  }
}

/** Whether `value` is one of an output's allowed values. */
export function isAllowedOutput(value: unknown, order: readonly unknown[]): boolean {
  return order.some((allowed) => sameValue(allowed, value));
}

function outputRank(value: unknown, order: readonly unknown[]): number {
  const rank = order.findIndex((allowed) => sameValue(allowed, value));
  return rank === -1 ? order.length : rank;
}

function compareOutputs(a: RuleHit, b: RuleHit, outputOrder: readonly (readonly unknown[])[]): number {
  for (const [o, order] of outputOrder.entries()) {
    if (order.length === 0) continue;
    const diff = outputRank(a.values[o], order) - outputRank(b.values[o], order);
    if (diff !== 0) return diff;
  }
  return 0;
}

function compareHits(a: RuleHit, b: RuleHit, outputOrder: readonly (readonly unknown[])[]): number {
  const byOutput = compareOutputs(a, b, outputOrder);
  if (byOutput !== 0) return byOutput;
  const pa = a.priority ?? Number.NEGATIVE_INFINITY;
  const pb = b.priority ?? Number.NEGATIVE_INFINITY;
  if (pa !== pb) return pb > pa ? 1 : -1;
  if (a.specificity !== b.specificity) return b.specificity - a.specificity;
  return a.index - b.index;
}

export function sortByPriority(hits: readonly RuleHit[], outputOrder: readonly (readonly unknown[])[]): RuleHit[] {
  return [...hits].sort((a, b) => compareHits(a, b, outputOrder));
}

function aggregate(aggregation: CollectAggregation, values: unknown[], ids: string[]): unknown {
  if (aggregation === 'count') {
    const distinct: unknown[] = [];
    for (const value of values) if (!distinct.some((seen) => sameValue(seen, value))) distinct.push(value);
    return distinct.length;
  }
  if (values.length === 0) return null;
  const notNumber = values.find((value) => typeof value !== 'number');
  if (notNumber !== undefined) {
    throw new HitPolicyViolation('aggregation-invalid', `The ${aggregation} aggregation needs numbers, found ${JSON.stringify(notNumber)}.`, ids);
  }
  const numbers = values as number[];
  if (aggregation === 'sum') return numbers.reduce((sum, n) => sum + n, 0);
  return aggregation === 'min' ? Math.min(...numbers) : Math.max(...numbers);
}

export interface HitPolicySpec {
  hitPolicy: HitPolicy;
  aggregation: CollectAggregation | null;
  outputNames: readonly string[];
  outputOrder: readonly (readonly unknown[])[];
  /** Values of the default output entries (null when the table has none); used when nothing matched. */
  defaults: () => unknown[] | null;
}

export interface HitPolicyResult {
  result: unknown;
  /** The rules the result came from, in result order. */
  selected: RuleHit[];
}

/** One output → its value; several → a context keyed by output name. */
export function shapeOutput(values: readonly unknown[], names: readonly string[]): unknown {
  if (names.length === 1) return values[0] ?? null;
  const context: Record<string, unknown> = {};
  names.forEach((name, o) => { context[name] = values[o] ?? null; });
  return context;
}

const SINGLE_HIT: ReadonlySet<HitPolicy> = new Set(['unique', 'any', 'priority', 'first']);

/**
 * Nothing matched: the default output entries when the table has them (for an aggregation, the
 * default value itself — DMN TCK 0020), else null for single-hit policies, 0 for COUNT, null for the
 * other aggregations and an empty list for the other multi-hit policies.
 */
function noMatch(spec: HitPolicySpec): HitPolicyResult {
  const single = SINGLE_HIT.has(spec.hitPolicy);
  const aggregated = spec.hitPolicy === 'collect' && spec.aggregation !== null;
  const defaults = spec.defaults();
  if (!defaults) {
    if (aggregated) return { result: spec.aggregation === 'count' ? 0 : null, selected: [] };
    return { result: single ? null : [], selected: [] };
  }
  const shaped = shapeOutput(defaults, spec.outputNames);
  return { result: single || aggregated ? shaped : [shaped], selected: [] };
}

function pickOne(hits: [RuleHit, ...RuleHit[]], spec: HitPolicySpec): RuleHit {
  const [first] = hits;
  switch (spec.hitPolicy) {
    case 'unique':
      if (hits.length > 1) throw new HitPolicyViolation('unique-violation', `Hit policy UNIQUE: rules ${hits.map((h) => h.id).join(', ')} all match; exactly one may.`, hits.map((h) => h.id));
      return first;
    case 'any': {
      const other = hits.find((hit) => !sameValue(hit.values, first.values));
      if (other) throw new HitPolicyViolation('any-violation', `Hit policy ANY: rules ${first.id} and ${other.id} match with different outputs.`, [first.id, other.id]);
      return first;
    }
    case 'priority':
      return sortByPriority(hits, spec.outputOrder)[0] ?? first;
    default:
      return first;
  }
}

function pickMany(hits: RuleHit[], spec: HitPolicySpec): HitPolicyResult {
  if (spec.hitPolicy === 'collect' && spec.aggregation) {
    return { result: aggregate(spec.aggregation, hits.map((hit) => hit.values[0] ?? null), hits.map((hit) => hit.id)), selected: hits };
  }
  const ordered = spec.hitPolicy === 'output_order' ? sortByPriority(hits, spec.outputOrder) : hits;
  return { result: ordered.map((hit) => shapeOutput(hit.values, spec.outputNames)), selected: ordered };
}

/** Applies the hit policy to the matched rules (already filtered by dates and overrides). */
export function applyHitPolicy(hits: RuleHit[], spec: HitPolicySpec): HitPolicyResult {
  const [first, ...rest] = hits;
  if (!first) return noMatch(spec);
  if (!SINGLE_HIT.has(spec.hitPolicy)) return pickMany(hits, spec);
  const chosen = pickOne([first, ...rest], spec);
  return { result: shapeOutput(chosen.values, spec.outputNames), selected: [chosen] };
}
