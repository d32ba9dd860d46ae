/**
 * Decision table verification (§11.3 conflict detection): syntax problems per cell, overlapping
 * rules where the hit policy makes them a conflict, gaps (inputs no rule matches) and rules that
 * never decide anything — each warning with the rules concerned and, where there is one, a
 * witness input. See docs/decisions.md for what each hit policy reports.
 *
 * The analysis is exact for columns whose entries are literals, comparisons, intervals, lists and
 * `not(…)` of those; other columns are compared as text and each message says so. Work is
 * bounded (a segment-visit budget per check), so large tables answer quickly with an "analysis
 * limited" warning rather than slowly.
 */
import { DecisionTableSchema, type DecisionTable, type DecisionTableInput, type VerificationWarning } from '@flowforge/contracts';
import { tableProblems } from '../table/compile-table.ts';
import { gapWarnings } from './gaps.ts';
import { overlapWarnings } from './overlaps.ts';
import { subsumptionWarnings } from './subsumption.ts';
import { buildTableModel } from './table-model.ts';
import { budgetOf } from './uncovered.ts';

/** Most overlap or subsumed warnings listed (a further one says more exist). */
export const WARNINGS_PER_KIND = 100;
/** Most gaps listed: gaps in a large table are many small regions, and the first ones tell the story. */
export const GAPS_LISTED = 20;
/** Segment visits each search-based check may spend. */
export const SEARCH_BUDGET = 2_000_000;

const RULE_POINTER = /^\/rules\/(\d+)\//;

function syntaxWarnings(table: DecisionTable): { warnings: VerificationWarning[]; invalid: Set<string> } {
  const invalid = new Set<string>();
  const warnings = tableProblems(table).map((problem): VerificationWarning => {
    const rule = RULE_POINTER.exec(`${problem.pointer}/`);
    const ruleId = rule ? table.rules[Number(rule[1])]?.id : undefined;
    if (/^\/rules\/\d+\/inputEntries/.test(problem.pointer)) invalid.add(problem.pointer);
    return { kind: 'syntax', ruleIds: ruleId ? [ruleId] : [], message: problem.message, witness: null, pointer: problem.pointer };
  });
  return { warnings, invalid };
}

/** Verifies a decision table; an empty list means no syntax problem, conflict, gap or dead rule was found. */
export function verifyTable(input: DecisionTable | DecisionTableInput): VerificationWarning[] {
  const table = DecisionTableSchema.parse(input);
  const { warnings, invalid } = syntaxWarnings(table);
  const model = buildTableModel(table, invalid);
  return [
    ...warnings,
    ...overlapWarnings(model, WARNINGS_PER_KIND),
    ...gapWarnings(model, { limit: GAPS_LISTED, budget: budgetOf(SEARCH_BUDGET) }),
    ...subsumptionWarnings(model, { limit: WARNINGS_PER_KIND, budget: budgetOf(SEARCH_BUDGET) }),
  ];
}
