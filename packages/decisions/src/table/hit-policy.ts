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

export class HitPolicyViolation extends Error {
  constructor(readonly code: 'unique-violation' | 'any-violation' | 'aggregation-invalid', message: string, readonly ruleIds: string[]) {
    super(message);
  }
}

/** Whether `value` is one of an output's allowed values. */
export function sameOrderOutput(value: unknown, order: readonly unknown[]): boolean {
  return order.some((allowed) => sameValue(allowed, value));
}

function outputRank(value: unknown, order: readonly unknown[]): number {
  const rank = order.findIndex((allowed) => sameValue(allowed, value));
  return rank === -1 ? order.length : rank;
}

function compareHits(a: RuleHit, b: RuleHit, outputOrder: readonly (readonly unknown[])[]): number {
  for (let o = 0; o < outputOrder.length; o++) {
    const order = outputOrder[o]!;
    if (order.length === 0) continue;
    const diff = outputRank(a.values[o], order) - outputRank(b.values[o], order);
    if (diff !== 0) return diff;
  }
  const pa = a.priority ?? Number.NEGATIVE_INFINITY;
  const pb = b.priority ?? Number.NEGATIVE_INFINITY;
  if (pa !== pb) return pb > pa ? 1 : -1;
  if (a.specificity !== b.specificity) return b.specificity - a.specificity;
  return a.index - b.index;
}

export function sortByPriority(hits: RuleHit[], outputOrder: readonly (readonly unknown[])[]): RuleHit[] {
  return [...hits].sort((a, b) => compareHits(a, b, outputOrder));
}

function aggregate(aggregation: CollectAggregation, values: unknown[], ids: string[]): unknown {
  if (aggregation === 'count') {
    const distinct: unknown[] = [];
    for (const value of values) if (!distinct.some((seen) => sameValue(seen, value))) distinct.push(value);
    return distinct.length;
  }
  if (values.length === 0) return null;
  if (!values.every((value) => typeof value === 'number')) {
    throw new HitPolicyViolation('aggregation-invalid', `The ${aggregation} aggregation needs numbers, found ${JSON.stringify(values.find((v) => typeof v !== 'number'))}.`, ids);
  }
  const numbers = values as number[];
  if (aggregation === 'sum') return numbers.reduce((sum, n) => sum + n, 0);
  return aggregation === 'min' ? Math.min(...numbers) : Math.max(...numbers);
}

export interface HitPolicyInput {
  hitPolicy: HitPolicy;
  aggregation: CollectAggregation | null;
  outputNames: readonly string[];
  outputOrder: readonly (readonly unknown[])[];
  /** Value of the default output entries, used when nothing matched. */
  defaults: () => unknown[] | null;
}

export interface HitPolicyResult {
  result: unknown;
  /** The rules that made the result, in result order. */
  selected: RuleHit[];
}

/** One output → its value; several → a context keyed by output name. */
export function shapeOutput(values: readonly unknown[], names: readonly string[]): unknown {
  if (names.length === 1) return values[0] ?? null;
  const context: Record<string, unknown> = {};
  names.forEach((name, o) => { context[name] = values[o] ?? null; });
  return context;
}

/** Applies the hit policy to the matched rules (already filtered by dates and overrides). */
export function applyHitPolicy(hits: RuleHit[], spec: HitPolicyInput): HitPolicyResult {
  const { hitPolicy, outputNames } = spec;
  const single = hitPolicy === 'unique' || hitPolicy === 'any' || hitPolicy === 'priority' || hitPolicy === 'first';
  if (hits.length === 0) {
    const defaults = spec.defaults();
    if (hitPolicy === 'collect' && spec.aggregation) return { result: spec.aggregation === 'count' ? 0 : null, selected: [] };
    if (!defaults) return { result: single ? null : [], selected: [] };
    const shaped = shapeOutput(defaults, outputNames);
    return { result: single ? shaped : [shaped], selected: [] };
  }
  const ids = hits.map((hit) => hit.id);
  switch (hitPolicy) {
    case 'unique':
      if (hits.length > 1) throw new HitPolicyViolation('unique-violation', `Hit policy UNIQUE: rules ${ids.join(', ')} all match; exactly one may.`, ids);
      return { result: shapeOutput(hits[0]!.values, outputNames), selected: hits };
    case 'any': {
      const first = hits[0]!;
      const other = hits.find((hit) => !sameValue(hit.values, first.values));
      if (other) throw new HitPolicyViolation('any-violation', `Hit policy ANY: rules ${first.id} and ${other.id} match with different outputs.`, [first.id, other.id]);
      return { result: shapeOutput(first.values, outputNames), selected: [first] };
    }
    case 'first':
      return { result: shapeOutput(hits[0]!.values, outputNames), selected: [hits[0]!] };
    case 'priority': {
      const best = sortByPriority(hits, spec.outputOrder)[0]!;
      return { result: shapeOutput(best.values, outputNames), selected: [best] };
    }
    case 'all':
      return { result: hits.map((hit) => shapeOutput(hit.values, outputNames)), selected: hits };
    case 'output_order': {
      const sorted = sortByPriority(hits, spec.outputOrder);
      return { result: sorted.map((hit) => shapeOutput(hit.values, outputNames)), selected: sorted };
    }
    case 'collect':
      if (spec.aggregation) return { result: aggregate(spec.aggregation, hits.map((hit) => hit.values[0] ?? null), ids), selected: hits };
      return { result: hits.map((hit) => shapeOutput(hit.values, outputNames)), selected: hits };
  }
}
