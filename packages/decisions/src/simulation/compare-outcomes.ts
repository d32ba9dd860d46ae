/**
 * Simulation (§11.3 "what-if analysis"): evaluating two versions of a decision over the same
 * inputs and listing every input whose outcome changed. An outcome is the result, or
 * `{ error: message }` when the evaluation failed, so a version that starts (or stops) failing on
 * an input shows up as a change too. Outcomes are compared with `sameValue`.
 */
import { sameValue } from '../feel/values.ts';
import { errorMessage, type Evaluator } from './evaluator.ts';

export interface OutcomeChange {
  index: number;
  inputs: Record<string, unknown>;
  before: unknown;
  after: unknown;
}

export interface OutcomeComparison {
  compared: number;
  changed: OutcomeChange[];
}

function outcome(evaluate: Evaluator, inputs: Record<string, unknown>): unknown {
  try {
    return evaluate(inputs).result;
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** Every input (by index) on which `before` and `after` disagree. */
export function compareOutcomes(before: Evaluator, after: Evaluator, inputs: readonly Record<string, unknown>[]): OutcomeComparison {
  const changed: OutcomeChange[] = [];
  inputs.forEach((input, index) => {
    const was = outcome(before, input);
    const is = outcome(after, input);
    if (!sameValue(was, is)) changed.push({ index, inputs: input, before: was, after: is });
  });
  return { compared: inputs.length, changed };
}
