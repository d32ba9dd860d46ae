/**
 * Evaluating a compiled decision table for one set of inputs: compute each input column, test the
 * rules (skipping those outside their effective dates), drop overridden rules, compute the matched
 * rules' outputs and apply the hit policy. Errors name the rules or cells concerned.
 */
import type { MatchedRule } from '@flowforge/contracts';
import { fromFeelValue, toFeelValue } from '../feel/values.ts';
import type { Scope } from '../feel/compile.ts';
import type { CompiledTable } from './compile-table.ts';
import { applyHitPolicy, HitPolicyViolation, sameOrderOutput, type RuleHit } from './hit-policy.ts';

export interface EvaluateTableOptions {
  /** Day of evaluation (YYYY-MM-DD) for effective-dated rules; rules with dates are skipped without it. */
  at?: string;
}

export interface TableEvaluation {
  result: unknown;
  matchedRules: MatchedRule[];
  selectedRules: MatchedRule[];
}

export type DecisionErrorCode = 'unique-violation' | 'any-violation' | 'aggregation-invalid' | 'output-not-allowed' | 'input-not-allowed';

export class DecisionEvaluationError extends Error {
  constructor(readonly code: DecisionErrorCode, message: string, readonly ruleIds: string[] = [], readonly pointer: string | null = null) {
    super(message);
  }
}

function activeOn(validFrom: string | null, validTo: string | null, at: string | undefined): boolean {
  if (validFrom === null && validTo === null) return true;
  if (at === undefined) return false;
  return (validFrom === null || validFrom <= at) && (validTo === null || at <= validTo);
}

/** Evaluates the table for `inputs` (a JSON object whose keys are the names in scope). */
export function evaluateTable(compiled: CompiledTable, inputs: Scope, options: EvaluateTableOptions = {}): TableEvaluation {
  const { table } = compiled;
  const names = Object.keys(inputs);
  const binding = compiled.bind(names);
  const values = table.inputs.map((input, i) => toFeelValue(binding.inputs[i]!(inputs), input.type));
  binding.allowedInputs.forEach((allowed, i) => {
    if (allowed && values[i] !== null && !allowed(values[i], inputs)) {
      throw new DecisionEvaluationError('input-not-allowed', `Input "${table.inputs[i]!.label || table.inputs[i]!.expression}" is ${JSON.stringify(fromFeelValue(values[i]))}, which its allowed values (${table.inputs[i]!.allowedValues}) do not include.`, [], `/inputs/${i}`);
    }
  });

  let matched: number[] = [];
  for (let r = 0; r < table.rules.length; r++) {
    const rule = table.rules[r]!;
    if (!activeOn(rule.validFrom, rule.validTo, options.at)) continue;
    const tests = binding.tests[r]!;
    let ok = true;
    for (let i = 0; i < tests.length; i++) {
      if (!tests[i]!(values[i], inputs)) { ok = false; break; }
    }
    if (ok) matched.push(r);
  }
  if (matched.length > 1) {
    const overridden = new Set(matched.flatMap((r) => table.rules[r]!.overrideIds));
    if (overridden.size > 0) matched = matched.filter((r) => !overridden.has(table.rules[r]!.id));
  }

  const hits: RuleHit[] = matched.map((r) => {
    const rule = table.rules[r]!;
    const outputValues = binding.outputs[r]!.map((output) => fromFeelValue(output(inputs)));
    outputValues.forEach((value, o) => {
      const order = compiled.outputOrder[o]!;
      if (order.length > 0 && value !== null && !sameOrderOutput(value, order)) {
        throw new DecisionEvaluationError('output-not-allowed', `Rule ${rule.id} gives ${table.outputs[o]!.name} = ${JSON.stringify(value)}, which is not among its allowed values.`, [rule.id], `/rules/${r}/outputEntries/${o}`);
      }
    });
    return { index: r, id: rule.id, values: outputValues, priority: rule.priority, specificity: compiled.specificity[r]! };
  });

  try {
    const { result, selected } = applyHitPolicy(hits, {
      hitPolicy: table.hitPolicy,
      aggregation: table.aggregation,
      outputNames: table.outputs.map((output) => output.name),
      outputOrder: compiled.outputOrder,
      defaults: () => (table.outputs.some((output) => output.defaultValue) ? binding.defaults.map((fn) => fromFeelValue(fn(inputs))) : null),
    });
    return {
      result,
      matchedRules: hits.map((hit) => ({ id: hit.id, index: hit.index })),
      selectedRules: selected.map((hit) => ({ id: hit.id, index: hit.index })),
    };
  } catch (error) {
    if (error instanceof HitPolicyViolation) throw new DecisionEvaluationError(error.code, error.message, error.ruleIds);
    throw error;
  }
}
