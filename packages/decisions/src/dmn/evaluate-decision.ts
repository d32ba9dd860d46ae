/**
 * `evaluateDmnDecision`: the public entry to DMN evaluation. Inputs arrive as JSON keyed by input
 * data name (those of an imported model under `importName.name`, or by plain name); the requested
 * decision (by name or id; default: the top decision, which no other decision requires) is
 * evaluated with everything it requires, and its value returns as JSON together with the rules
 * that matched when its logic is a decision table. Errors DMN turns into null inside the graph
 * (a UNIQUE violation, a value outside its allowed values) are raised when they concern the
 * requested decision itself.
 */
import { fromFeelValue } from '../feel/values.ts';
import { DecisionEvaluationError, type TableEvaluation } from '../table/evaluate-table.ts';
import type { CompiledDmnModel } from './compile-model.ts';
import { decisionValue, keyOf, newRun } from './evaluate-drg.ts';
import { jsonToFeel } from './json-input.ts';
import type { DmnDecision, DmnInputData } from './model.ts';

export type DmnEvaluationErrorCode = 'decision-not-found' | 'evaluation-failed' | DecisionEvaluationError['code'];

export class DmnEvaluationError extends Error {
  constructor(readonly code: DmnEvaluationErrorCode, message: string, readonly ruleIds: string[] = []) {
    super(message);
  }
}

export interface DmnEvaluationRequest {
  /** Decision name or id; default: the top decision. */
  decision?: string;
  inputs: Record<string, unknown>;
  /** Day of evaluation (YYYY-MM-DD) for effective-dated rules. */
  at?: string;
}

function topDecision(compiled: CompiledDmnModel): DmnDecision | undefined {
  const { model } = compiled;
  const required = new Set(model.decisions.flatMap((decision) => decision.requiredDecisions.filter((ref) => ref.namespace === null || ref.namespace === model.namespace).map((ref) => ref.id)));
  return model.decisions.find((decision) => !required.has(decision.id)) ?? model.decisions[0];
}

function findDecision(compiled: CompiledDmnModel, wanted: string | undefined): DmnDecision {
  const { decisions } = compiled.model;
  const decision = wanted === undefined ? topDecision(compiled) : decisions.find((candidate) => candidate.name === wanted) ?? decisions.find((candidate) => candidate.id === wanted);
  if (!decision) {
    const message = wanted === undefined ? 'The model has no decisions.' : `The model has no decision "${wanted}" (it has ${decisions.map((candidate) => `"${candidate.name}"`).join(', ') || 'none'}).`;
    throw new DmnEvaluationError('decision-not-found', message);
  }
  return decision;
}

function jsonInputs(compiled: CompiledDmnModel, inputs: Record<string, unknown>) {
  return (input: DmnInputData): unknown => {
    const unit = compiled.unit(compiled.model.namespace);
    const importName = unit.importNames.get(input.namespace);
    const nested = importName === undefined ? undefined : inputs[importName];
    const raw = (importName !== undefined ? inputs[`${importName}.${input.name}`] : undefined)
      ?? (nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[input.name] : undefined)
      ?? inputs[input.name];
    return raw === undefined ? undefined : jsonToFeel(raw, input.variable.typeRef, compiled.unit(input.namespace).types);
  };
}

const toMatched = (evaluation: TableEvaluation | undefined) => ({
  matchedRules: evaluation?.matchedRules ?? [],
  selectedRules: evaluation?.selectedRules ?? [],
});

/** Evaluates one decision of a compiled model; throws DmnEvaluationError. */
export function evaluateDmnDecision(compiled: CompiledDmnModel, request: DmnEvaluationRequest): TableEvaluation {
  const decision = findDecision(compiled, request.decision);
  const run = newRun(compiled, jsonInputs(compiled, request.inputs), request.at);
  let value: unknown;
  try {
    value = decisionValue(run, decision);
  } catch (error) {
    throw new DmnEvaluationError('evaluation-failed', `Decision "${decision.name}" cannot be evaluated: ${(error as Error).message}`);
  }
  const [error] = run.errors.get(keyOf(decision)) ?? [];
  if (error && value === null) {
    if (error instanceof DecisionEvaluationError) throw new DmnEvaluationError(error.code, `Decision "${decision.name}": ${error.message}`, error.ruleIds);
    throw new DmnEvaluationError('evaluation-failed', `Decision "${decision.name}" cannot be evaluated: ${error.message}`);
  }
  return { result: fromFeelValue(value), ...toMatched(run.tables.get(keyOf(decision))) };
}
