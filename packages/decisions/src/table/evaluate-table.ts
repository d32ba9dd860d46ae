/**
 * Evaluating a compiled decision table for one set of inputs: compute each input column, test the
 * rules (skipping those outside their effective dates), drop overridden rules, compute the matched
 * rules' outputs and apply the hit policy. Errors name the rules or cells concerned.
 */
import type { DecisionInput, DecisionRule, MatchedRule } from '@flowforge/contracts';
import { fromFeelValue, toFeelValue } from '../feel/values.ts';
import type { CompiledExpression, CompiledUnaryTests, Scope } from '../feel/compile.ts';
import type { Binding, CompiledTable, RuleChecks } from './compile-table.ts';
import { andInto, bitIndexes } from '../analysis/bitset.ts';
import { rulesAccepting, type RuleIndex } from '../analysis/rule-index.ts';
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

function notAllowed(input: DecisionInput, i: number, value: unknown): DecisionEvaluationError {
  return new DecisionEvaluationError('input-not-allowed', `Input "${input.label || input.expression}" is ${JSON.stringify(fromFeelValue(value))}, which its allowed values (${input.allowedValues}) do not include.`, { pointer: `/inputs/${i}` });
}

function inputValues({ compiled, binding, scope }: Run): unknown[] {
  const { inputs } = compiled.table;
  const values: unknown[] = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i += 1) {
    const input = inputs[i] as DecisionInput;
    const value = toFeelValue(binding.inputs[i]?.(scope) ?? null, input.type);
    const allowed = binding.allowedInputs[i];
    if (allowed && value !== null && !allowed(value, scope)) throw notAllowed(input, i, value);
    values[i] = value;
  }
  return values;
}

/** Whether every input entry of a rule accepts its column's value (plain loop: this is the hot path). */
function allTestsPass({ columns, tests }: RuleChecks, values: readonly unknown[], scope: Scope): boolean {
  for (let i = 0; i < tests.length; i += 1) {
    if (!(tests[i] as CompiledUnaryTests)(values[columns[i] as number], scope)) return false;
  }
  return true;
}

/** One row's input values and scope. */
interface Row {
  values: readonly unknown[];
  scope: Scope;
}

/** Whether the rule's entries in `columns` accept their values (columns the index could not answer). */
function columnsPass(tests: readonly CompiledUnaryTests[], columns: readonly number[], { values, scope }: Row): boolean {
  for (const column of columns) {
    if (!(tests[column] as CompiledUnaryTests)(values[column], scope)) return false;
  }
  return true;
}

/**
 * Candidate rules from the rule index (one lookup per indexed column), then the remaining tests:
 * columns that are not indexed, and indexed columns whose value is of a type the index leaves to
 * the tests.
 */
function indexedRules({ compiled, binding, scope, at }: Run, values: unknown[], index: RuleIndex): number[] {
  const { rules } = compiled.table;
  const candidates = index.all.slice();
  const unanswered: number[] = [];
  for (const column of index.columns) {
    const accepting = rulesAccepting(column, values[column.column]);
    if (accepting) andInto(candidates, accepting);
    else unanswered.push(column.column);
  }
  const matched: number[] = [];
  for (const r of bitIndexes(candidates)) {
    if (!activeOn(rules[r] as DecisionRule, at) || !allTestsPass(binding.residual[r] as RuleChecks, values, scope)) continue;
    if (unanswered.length === 0 || columnsPass(binding.tests[r] ?? [], unanswered, { values, scope })) matched.push(r);
  }
  return matched;
}

function testedRules({ compiled, binding, scope, at }: Run, values: unknown[]): number[] {
  const { rules } = compiled.table;
  const matched: number[] = [];
  for (let r = 0; r < rules.length; r += 1) {
    if (activeOn(rules[r] as DecisionRule, at) && allTestsPass(binding.checks[r] as RuleChecks, values, scope)) matched.push(r);
  }
  return matched;
}

/** The rules whose input entries all match, in table order, after effective dates and overrides. */
function matchingRules(run: Run, values: unknown[]): number[] {
  const { rules } = run.compiled.table;
  const matched = run.binding.index ? indexedRules(run, values, run.binding.index) : testedRules(run, values);
  if (matched.length < 2 || !run.compiled.hasOverrides) return matched;
  const overridden = new Set(matched.flatMap((r) => rules[r]?.overrideIds ?? []));
  return overridden.size === 0 ? matched : matched.filter((r) => !overridden.has(rules[r]?.id ?? ''));
}

function ruleHit({ compiled, binding, scope }: Run, r: number): RuleHit {
  const { rules, outputs } = compiled.table;
  const rule = rules[r] as DecisionRule;
  const compiledOutputs = binding.outputs[r] ?? [];
  const values: unknown[] = new Array(compiledOutputs.length);
  for (let o = 0; o < compiledOutputs.length; o += 1) {
    const value = fromFeelValue((compiledOutputs[o] as CompiledExpression)(scope));
    const order = compiled.outputOrder[o] ?? [];
    if (order.length > 0 && value !== null && !isAllowedOutput(value, order)) {
      throw new DecisionEvaluationError('output-not-allowed', `Rule ${rule.id} gives ${outputs[o]?.name} = ${JSON.stringify(value)}, which is not among its allowed values.`, { ruleIds: [rule.id], pointer: `/rules/${r}/outputEntries/${o}` });
    }
    values[o] = value;
  }
  return { index: r, id: rule.id, values, priority: rule.priority, specificity: compiled.specificity[r] ?? 0 };
}

/**
 * The matched rules' outputs. FIRST only reads the first match's; the others are computed only
 * when allowed output values could reject them (output-not-allowed), so skipping them changes no
 * result and no error.
 */
function ruleHits(run: Run, matched: readonly number[]): RuleHit[] {
  const { compiled } = run;
  const computed = compiled.table.hitPolicy === 'first' && !compiled.hasOutputOrder ? Math.min(matched.length, 1) : matched.length;
  const hits: RuleHit[] = new Array(computed);
  for (let m = 0; m < computed; m += 1) hits[m] = ruleHit(run, matched[m] as number);
  return hits;
}

const toMatched = (hit: RuleHit): MatchedRule => ({ id: hit.id, index: hit.index });
/** Default outputs when the table has none (or rules matched): no closure per evaluation. */
const NO_DEFAULTS = () => null;

/** Evaluates the table for `inputs` (a JSON object whose keys are the names in scope). */
export function evaluateTable(compiled: CompiledTable, inputs: Scope, options: EvaluateTableOptions = {}): TableEvaluation {
  const { table } = compiled;
  const binding = compiled.bind(Object.keys(inputs));
  const run: Run = { compiled, binding, scope: inputs, at: options.at };
  const matched = matchingRules(run, inputValues(run));
  const hits = ruleHits(run, matched);
  const matchedRules = matched.map((r): MatchedRule => ({ id: table.rules[r]?.id ?? '', index: r }));
  try {
    const { result, selected } = applyHitPolicy(hits, {
      hitPolicy: table.hitPolicy,
      aggregation: table.aggregation,
      outputNames: compiled.outputNames,
      outputOrder: compiled.outputOrder,
      defaults: matched.length === 0 && compiled.hasDefaults ? () => binding.defaults.map((fn) => fromFeelValue(fn(inputs))) : NO_DEFAULTS,
    });
    return { result, matchedRules, selectedRules: selected.map(toMatched) };
  } catch (error) {
    if (error instanceof HitPolicyViolation) throw new DecisionEvaluationError(error.code, error.message, { ruleIds: error.ruleIds });
    throw error;
  }
}
