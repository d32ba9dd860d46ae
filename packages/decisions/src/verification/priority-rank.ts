/**
 * Static ranking for PRIORITY tables: when two rules have literal outputs, the order hit-policy.ts
 * uses at evaluation time (output value priority, then rule priority, then specificity, then table
 * order) is known before any input arrives.
 */
import type { DecisionRule } from '@flowforge/contracts';
import { sortByPriority, type RuleHit } from '../table/hit-policy.ts';
import { literalOutput } from './rule-relations.ts';
import type { TableModel } from './table-model.ts';

function literalHit(rule: DecisionRule, index: number): RuleHit | null {
  const values = rule.outputEntries.map(literalOutput);
  if (values.some((value) => value === undefined)) return null;
  const specificity = rule.inputEntries.filter((entry) => entry.trim() !== '-' && entry.trim() !== '').length;
  return { index, id: rule.id, values, priority: rule.priority, specificity };
}

/** Output value priorities as JSON, or null when an allowed value is not a literal. */
function outputOrder(model: TableModel): unknown[][] | null {
  const order = model.table.outputs.map((output) => output.allowedValues.map(literalOutput));
  return order.some((values) => values.some((value) => value === undefined)) ? null : order;
}

/** Whether rule `a` is selected before rule `b` whenever both match (false when unknown). */
export function outranks(model: TableModel, a: number, b: number): boolean {
  const order = outputOrder(model);
  const left = model.table.rules[a];
  const right = model.table.rules[b];
  const hitA = left && literalHit(left, a);
  const hitB = right && literalHit(right, b);
  if (!order || !hitA || !hitB) return false;
  return sortByPriority([hitB, hitA], order)[0] === hitA;
}
