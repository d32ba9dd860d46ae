/**
 * `singleTableOf`: when a DMN model is just one decision table over input data — one decision,
 * whose logic is a decision table, requiring nothing but input data — it can be edited as a
 * FlowForge table. Anything richer stays a DMN model.
 */
import type { DecisionTable } from '@flowforge/contracts';
import type { DmnModel } from './model.ts';
import { toDecisionTable } from './table-conversion.ts';

export interface SingleTable {
  name: string;
  description: string;
  table: DecisionTable;
}

export function singleTableOf(model: DmnModel): SingleTable | null {
  const [decision, ...others] = model.decisions;
  if (!decision || others.length > 0) return null;
  if (decision.logic?.kind !== 'decisionTable') return null;
  if (decision.requiredDecisions.length > 0 || decision.requiredKnowledge.length > 0) return null;
  if (model.businessKnowledgeModels.length > 0 || model.decisionServices.length > 0) return null;
  return { name: decision.name, description: decision.description, table: toDecisionTable(decision.logic, decision.variable.name) };
}
