/**
 * A DMN decision table as a boxed expression. The table is converted to a FlowForge table and
 * evaluated by `evaluateTable` (rule matching, input/output value checks, hit policy), which works
 * in JSON; the result is then rebuilt as FEEL values from the selected rules' output entries so
 * dates, durations, contexts and functions survive. A table error (e.g. a UNIQUE violation) makes
 * the table's result null, as DMN requires, and is reported to the context.
 */
import type { Scope } from '../feel/compile.ts';
import { evaluateTable, type TableEvaluation } from '../table/evaluate-table.ts';
import { coerce } from './conform.ts';
import type { ExpressionContext } from './expression-context.ts';
import type { DmnDecisionTable, DmnTableOutput } from './model.ts';

const SINGLE_HIT = new Set(['UNIQUE', 'ANY', 'PRIORITY', 'FIRST']);

function shape(values: readonly unknown[], outputs: readonly DmnTableOutput[], names: readonly string[]): unknown {
  if (outputs.length === 1) return values[0] ?? null;
  const out: Record<string, unknown> = {};
  names.forEach((name, o) => { out[name] = values[o] ?? null; });
  return out;
}

interface TableRun {
  context: ExpressionContext;
  table: DmnDecisionTable;
  scope: Scope;
  names: readonly string[];
}

function outputValue(run: TableRun, text: string | null, o: number): unknown {
  const value = text === null ? null : run.context.compiled.feel.expression(text, run.scope);
  return coerce(value, run.table.outputs[o]?.typeRef ?? null, run.context.types);
}

function defaultsResult(run: TableRun, evaluation: TableEvaluation): unknown {
  const { table } = run;
  if (!table.outputs.some((output) => output.defaultOutputEntry !== null)) return evaluation.result;
  const shaped = shape(table.outputs.map((output, o) => outputValue(run, output.defaultOutputEntry, o)), table.outputs, run.names);
  return Array.isArray(evaluation.result) ? [shaped] : shaped;
}

function feelResult(run: TableRun, evaluation: TableEvaluation): unknown {
  const { table } = run;
  if (evaluation.selectedRules.length === 0) return defaultsResult(run, evaluation);
  if (table.hitPolicy === 'COLLECT' && table.aggregation) return evaluation.result;
  const rows = evaluation.selectedRules.map(({ index }) => {
    const entries = table.rules[index]?.outputEntries ?? [];
    return shape(table.outputs.map((_, o) => outputValue(run, entries[o] ?? null, o)), table.outputs, run.names);
  });
  return SINGLE_HIT.has(table.hitPolicy) ? (rows[0] ?? null) : rows;
}

/** Evaluates a DMN decision table in `scope`; null (and the error reported) when it fails. */
export function evaluateTableExpression(context: ExpressionContext, table: DmnDecisionTable, scope: Scope): unknown {
  try {
    const plan = context.compiled.tablePlan(table, context.outputName);
    const evaluation = evaluateTable(plan.compiled, context.compiled.feel.withBuiltins(scope, plan.texts), { at: context.at });
    const names = plan.table.outputs.map((output) => output.name);
    const result = feelResult({ context, table, scope, names }, evaluation);
    context.onTable?.(evaluation);
    return result;
  } catch (error) {
    context.onError?.(error instanceof Error ? error : new Error(String(error)));
    return null;
  }
}
