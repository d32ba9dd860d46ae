/**
 * A decision table compiled once: every cell parsed and checked, input entries turned into test
 * functions, output entries into expression functions, literal outputs into constants. Expressions
 * are bound to the names of the evaluation scope, which the caller only knows when inputs arrive,
 * so bindings are made per set of names and kept (a batch has the same names on every row).
 */
import { evaluate } from 'feelin';
import type { DecisionTable, DecisionTableInput } from '@flowforge/contracts';
import { DecisionTableSchema } from '@flowforge/contracts';
import { compileExpression, compileUnaryTests, FeelCompileError, MATCH_ALL, type CompiledExpression, type CompiledUnaryTests } from '../feel/compile.ts';
import { expressionSyntaxProblem, unaryTestsSyntaxProblem } from '../feel/syntax.ts';
import { fromFeelValue } from '../feel/values.ts';
import { analyseUnaryTests } from '../analysis/analyse-unary-tests.ts';
import { buildRuleIndex, type RuleIndex } from '../analysis/rule-index.ts';

export interface CellProblem {
  /** JSON pointer into the table, e.g. `/rules/3/inputEntries/1`. */
  pointer: string;
  message: string;
  from: number;
  to: number;
}

export class TableCompileError extends Error {
  constructor(readonly problems: CellProblem[]) {
    super(`The decision table has ${problems.length} invalid cell${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`);
  }
}

/** A rule's input entries other than `-`: the column each tests, and the test. */
export interface RuleChecks {
  columns: number[];
  tests: CompiledUnaryTests[];
}

export interface Binding {
  inputs: CompiledExpression[];
  tests: CompiledUnaryTests[][];
  /** Per rule, the same tests without the `-` entries (what evaluation runs without an index). */
  checks: RuleChecks[];
  /** Rules by value for the columns whose entries all analyse (analysis/rule-index.ts). */
  index: RuleIndex | null;
  /** Per rule, the checks of the columns the index does not cover. */
  residual: RuleChecks[];
  outputs: CompiledExpression[][];
  defaults: CompiledExpression[];
  allowedInputs: (CompiledUnaryTests | null)[];
}

export interface CompiledTable {
  readonly table: DecisionTable;
  /** Number of non-`-` input entries per rule (§11.3 specificity). */
  readonly specificity: readonly number[];
  /** Per output column: allowed values as JSON, in priority order (empty when unrestricted). */
  readonly outputOrder: readonly (readonly unknown[])[];
  readonly outputNames: readonly string[];
  /** Whether some output has a default (used when no rule matches). */
  readonly hasDefaults: boolean;
  /** Whether some rule overrides others (§11.3). */
  readonly hasOverrides: boolean;
  /** Whether some output lists allowed values (then every matched rule's outputs are checked). */
  readonly hasOutputOrder: boolean;
  bind(names: readonly string[]): Binding;
}

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const STRING = /^"(?:[^"\\]|\\.)*"$/;

/** Plain paths (`customer.tier`) read the scope directly instead of going through FEEL. */
function compilePath(text: string): CompiledExpression | null {
  const trimmed = text.trim();
  if (!PATH.test(trimmed) || ['true', 'false', 'null'].includes(trimmed)) return null;
  const parts = trimmed.split('.');
  if (parts.length === 1) return (scope) => scope[trimmed] ?? null;
  return (scope) => {
    let value: unknown = scope;
    for (const part of parts) {
      if (value === null || typeof value !== 'object') return null;
      value = (value as Record<string, unknown>)[part];
    }
    return value ?? null;
  };
}

/** Literal outputs (`"gold"`, `12.5`, `true`, `null`) become constants. */
function literalValue(text: string): { value: unknown } | null {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return { value: trimmed === 'true' };
  if (trimmed === 'null' || trimmed === '') return { value: null };
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (STRING.test(trimmed) && !trimmed.includes('\\')) return { value: trimmed.slice(1, -1) };
  return null;
}

function compileOutput(text: string, names: readonly string[]): CompiledExpression {
  const literal = literalValue(text);
  if (literal) return () => literal.value;
  return compileExpression(text, names);
}

function ruleChecks(tests: readonly CompiledUnaryTests[]): RuleChecks {
  const checks: RuleChecks = { columns: [], tests: [] };
  tests.forEach((test, column) => {
    if (test === MATCH_ALL) return;
    checks.columns.push(column);
    checks.tests.push(test);
  });
  return checks;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function ruleIndexOf(table: DecisionTable, names: readonly string[]): RuleIndex | null {
  const conditions = table.rules.map((rule) => rule.inputEntries.map((entry) => analyseUnaryTests(entry, { names })));
  const dashes = table.rules.map((rule) => rule.inputEntries.map((entry) => entry.trim() === '-' || entry.trim() === ''));
  return buildRuleIndex(conditions, dashes);
}

/** Every syntax problem in the table, as pointers the editor can put on cells. */
export function tableProblems(table: DecisionTable, names: readonly string[] = []): CellProblem[] {
  const problems: CellProblem[] = [];
  const push = (pointer: string, problem: { message: string; from: number; to: number } | null) => {
    if (problem) problems.push({ pointer, ...problem });
  };
  table.inputs.forEach((input, i) => {
    push(`/inputs/${i}/expression`, expressionSyntaxProblem(input.expression, names));
    if (input.allowedValues) push(`/inputs/${i}/allowedValues`, unaryTestsSyntaxProblem(input.allowedValues, names));
  });
  table.outputs.forEach((output, o) => {
    output.allowedValues.forEach((value, v) => push(`/outputs/${o}/allowedValues/${v}`, expressionSyntaxProblem(value, names)));
    if (output.defaultValue !== null && output.defaultValue.trim() !== '') push(`/outputs/${o}/defaultValue`, expressionSyntaxProblem(output.defaultValue, names));
  });
  table.rules.forEach((rule, r) => {
    if (rule.inputEntries.length !== table.inputs.length) problems.push({ pointer: `/rules/${r}/inputEntries`, message: `Expected ${table.inputs.length} input entries, found ${rule.inputEntries.length}.`, from: 0, to: 0 });
    if (rule.outputEntries.length !== table.outputs.length) problems.push({ pointer: `/rules/${r}/outputEntries`, message: `Expected ${table.outputs.length} output entries, found ${rule.outputEntries.length}.`, from: 0, to: 0 });
    rule.inputEntries.forEach((entry, i) => {
      if (analyseUnaryTests(entry, { names })) return;
      push(`/rules/${r}/inputEntries/${i}`, unaryTestsSyntaxProblem(entry, names));
    });
    rule.outputEntries.forEach((entry, o) => {
      if (literalValue(entry)) return;
      push(`/rules/${r}/outputEntries/${o}`, expressionSyntaxProblem(entry, names));
    });
  });
  if (table.hitPolicy !== 'collect' && table.aggregation) problems.push({ pointer: '/aggregation', message: 'An aggregation needs the collect hit policy.', from: 0, to: 0 });
  if (table.aggregation && table.outputs.length !== 1) problems.push({ pointer: '/aggregation', message: 'An aggregation needs exactly one output column.', from: 0, to: 0 });
  return problems;
}

/** Checks and compiles a table; throws TableCompileError listing every invalid cell. */
export function compileTable(input: DecisionTableInput | DecisionTable): CompiledTable {
  const table = DecisionTableSchema.parse(input);
  const problems = tableProblems(table);
  if (problems.length > 0) throw new TableCompileError(problems);
  const specificity = table.rules.map((rule) => rule.inputEntries.filter((entry) => entry.trim() !== '-' && entry.trim() !== '').length);
  const outputOrder = table.outputs.map((output) => output.allowedValues.map((text) => fromFeelValue(evaluate(text, {}).value)));
  const bindings = new Map<string, Binding>();
  let last: { names: readonly string[]; binding: Binding } | null = null;

  function bind(names: readonly string[]): Binding {
    if (last && sameNames(last.names, names)) return last.binding;
    const key = names.join('\u0000');
    const cached = bindings.get(key);
    if (cached) {
      last = { names: [...names], binding: cached };
      return cached;
    }
    try {
      const tests = table.rules.map((rule) => rule.inputEntries.map((entry) => compileUnaryTests(entry, names)));
      const index = ruleIndexOf(table, names);
      const indexed = new Set(index?.columns.map((column) => column.column));
      const binding: Binding = {
        inputs: table.inputs.map((input) => compilePath(input.expression) ?? compileExpression(input.expression, names)),
        tests,
        checks: tests.map(ruleChecks),
        index,
        residual: tests.map((row) => ruleChecks(row.map((test, c) => (indexed.has(c) ? MATCH_ALL : test)))),
        outputs: table.rules.map((rule) => rule.outputEntries.map((entry) => compileOutput(entry, names))),
        defaults: table.outputs.map((output) => output.defaultValue && output.defaultValue.trim() !== '' ? compileOutput(output.defaultValue, names) : () => null),
        allowedInputs: table.inputs.map((input) => (input.allowedValues ? compileUnaryTests(input.allowedValues, names) : null)),
      };
      if (bindings.size > 64) bindings.clear();
      bindings.set(key, binding);
      last = { names: [...names], binding };
      return binding;
    } catch (error) {
      if (error instanceof FeelCompileError) throw new TableCompileError(tableProblems(table, names));
      throw error;
    }
  }

  return {
    table,
    specificity,
    outputOrder,
    outputNames: table.outputs.map((output) => output.name),
    hasDefaults: table.outputs.some((output) => output.defaultValue),
    hasOverrides: table.rules.some((rule) => rule.overrideIds.length > 0),
    hasOutputOrder: outputOrder.some((order) => order.length > 0),
    bind,
  };
}
