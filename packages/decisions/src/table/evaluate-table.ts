/**
 * Evaluating a compiled decision table for one set of inputs: compute each input column, test the
 * rules (skipping those outside their effective dates), drop overridden rules, compute the matched
 * rules' outputs and apply the hit policy. Errors name the rules or cells concerned.
 */
import type { DecisionRule, MatchedRule } from '@flowforge/contracts';
import { fromFeelValue, toFeelValue } from '../feel/values.ts';
import type { Scope } from '../feel/compile.ts';
import type { Binding, CompiledTable } from './compile-table.ts';
import { applyHitPolicy, HitPolicyViolation, isAllowedOutput, type HitPolicyViolationCode, type RuleHit } from './hit-policy.ts';

export interface EvaluateTableOptions {
  /** Day of evaluation (YYYY-MM-DD) for effective-dated rules; rules with dates are skipped without it. */
  at?: string;
}

export interface TableEvaluation {
  result: unknown;
  matchedRules: MatchedRule[];
  selectedRules: MatchedRule[];
}

export type DecisionErrorCode = HitPolicyViolationCode | 'output-not-allowed' | 'input-not-allowed';

export interface DecisionErrorDetails {
  ruleIds?: string[];
  pointer?: string | null;
}

export class DecisionEvaluationError extends Error {
  readonly ruleIds: string[];
  readonly pointer: string | null;
  constructor(readonly code: DecisionErrorCode, message: string, details: DecisionErrorDetails = {}) {
    super(message);
    this.ruleIds = details.ruleIds ?? [];
    this.pointer = details.pointer ?? null;
  }
}

function activeOn(rule: DecisionRule, at: string | undefined): boolean {
  const { validFrom, validTo } = rule;
  if (validFrom === null && validTo === null) return true;
  if (at === undefined) return false;
  return (validFrom === null || validFrom <= at) && (validTo === null || at <= validTo);
}

/** One evaluation's state, passed between its steps. */
interface Run {
  compiled: CompiledTable;
  binding: Binding;
  scope: Scope;
  at: string | undefined;
}

function inputValues({ compiled, binding, scope }: Run): unknown[] {
  const { inputs } = compiled.table;
  return inputs.map((input, i) => {
    const value = toFeelValue(binding.inputs[i]?.(scope) ?? null, input.type);
    const allowed = binding.allowedInputs[i];
    if (allowed && value !== null && !allowed(value, scope)) {
      throw new DecisionEvaluationError('input-not-allowed', `Input "${input.label || input.expression}" is ${JSON.stringify(fromFeelValue(value))}, which its allowed values (${input.allowedValues}) do not include.`, { pointer: `/inputs/${i}` });
    }
    return value;
  });
}

function matchingRules({ compiled, binding, scope, at }: Run, values: unknown[]): number[] {
  const { rules } = compiled.table;
  const matched: number[] = [];
  rules.forEach((rule, r) => {
    if (!activeOn(rule, at)) return;
    const tests = binding.tests[r] ?? [];
    if (tests.every((test, i) => test(values[i], scope))) matched.push(r);
  });
  if (matched.length < 2) return matched;
  const overridden = new Set(matched.flatMap((r) => rules[r]?.overrideIds ?? []));
  return overridden.size === 0 ? matched : matched.filter((r) => !overridden.has(rules[r]?.id ?? ''));
}

function ruleHit({ compiled, binding, scope }: Run, r: number): RuleHit {
  const { rules, outputs } = compiled.table;
  const rule = rules[r] as DecisionRule;
  const values = (binding.outputs[r] ?? []).map((output, o) => {
    const value = fromFeelValue(output(scope));
    const order = compiled.outputOrder[o] ?? [];
    if (order.length > 0 && value !== null && !isAllowedOutput(value, order)) {
      throw new DecisionEvaluationError('output-not-allowed', `Rule ${rule.id} gives ${outputs[o]?.name} = ${JSON.stringify(value)}, which is not among its allowed values.`, { ruleIds: [rule.id], pointer: `/rules/${r}/outputEntries/${o}` });
    }
    return value;
  });
  return { index: r, id: rule.id, values, priority: rule.priority, specificity: compiled.specificity[r] ?? 0 };
}

const toMatched = (hit: RuleHit): MatchedRule => ({ id: hit.id, index: hit.index });

/** Evaluates the table for `inputs` (a JSON object whose keys are the names in scope). */
export function evaluateTable(compiled: CompiledTable, inputs: Scope, options: EvaluateTableOptions = {}): TableEvaluation {
  const { table } = compiled;
  const binding = compiled.bind(Object.keys(inputs));
  const run: Run = { compiled, binding, scope: inputs, at: options.at };
  const hits = matchingRules(run, inputValues(run)).map((r) => ruleHit(run, r));
  const hasDefaults = table.outputs.some((output) => output.defaultValue);
  try {
    const { result, selected } = applyHitPolicy(hits, {
      hitPolicy: table.hitPolicy,
      aggregation: table.aggregation,
      outputNames: table.outputs.map((output) => output.name),
      outputOrder: compiled.outputOrder,
      defaults: () => (hasDefaults ? binding.defaults.map((fn) => fromFeelValue(fn(inputs))) : null),
    });
    return { result, matchedRules: hits.map(toMatched), selectedRules: selected.map(toMatched) };
  } catch (error) {
    if (error instanceof HitPolicyViolation) throw new DecisionEvaluationError(error.code, error.message, { ruleIds: error.ruleIds });
    throw error;
  }
}
