/**
 * What simulation runs: any function from inputs to a table evaluation — a compiled table, a
 * version picked by the server, a DMN decision — with the evaluation date already bound.
 */
import type { TableEvaluation } from '../table/evaluate-table.ts';

export type Evaluator = (inputs: Record<string, unknown>) => TableEvaluation;

/** The message of anything an evaluation threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
