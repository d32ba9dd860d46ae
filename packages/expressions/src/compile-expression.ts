/**
 * The main entry: parse → check → compile to closures. Never throws; a failed expression has
 * `ok: false` and its `run` returns `{ value: null, diagnostics }`.
 */
import { check } from './check/checker.ts';
import { T } from './check/expr-types.ts';
import { BUILTIN_TABLE, createFunctionTable, type FunctionTable } from './functions/registry.ts';
import { resolveLimits } from './limits.ts';
import { compileNode } from './runtime/compiler.ts';
import { runAsync, runSync } from './runtime/run.ts';
import { parse } from './syntax/parser.ts';
import type { Expr } from './syntax/ast.ts';
import type { CompiledExpression, CompileOptions, Diagnostic, ExprType } from './types.ts';

function failed(diagnostics: Diagnostic[], type: ExprType = T.any, references: string[] = []): CompiledExpression {
  const result = { value: null, diagnostics };
  return { ok: false, diagnostics, type, references, run: () => result, runAsync: () => Promise.resolve(result) };
}

/** The result of parsing and checking, without closures (for validation and dependency graphs). */
export type CheckedExpression = { ok: boolean; ast: Expr | null; diagnostics: Diagnostic[]; type: ExprType; references: string[] };

type Prepared = CheckedExpression & { table: FunctionTable };

function prepare(source: string, options: CompileOptions): Prepared {
  const limits = resolveLimits(options.limits);
  const parsed = parse(source, { maxDepth: limits.maxDepth, maxSourceLength: limits.maxSourceLength });
  const table = options.hostFunctions ? createFunctionTable(options.hostFunctions) : BUILTIN_TABLE;
  if (!parsed.ast) return { ok: false, ast: null, diagnostics: parsed.diagnostics, type: T.any, references: [], table };
  const checked = check(parsed.ast, { fields: options.fields, findFunction: table.find, functionNames: table.names, limits });
  const diagnostics = [...parsed.diagnostics, ...checked.diagnostics];
  const ok = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return { ok, ast: parsed.ast, diagnostics, type: checked.type, references: checked.references, table };
}

function internalFailure(source: unknown): Diagnostic[] {
  return [{ code: 'compile-failed', message: 'The expression could not be compiled', from: 0, to: typeof source === 'string' ? source.length : 0, severity: 'error' }];
}

/**
 * Parses and checks an expression without compiling it (what an editor needs on every keystroke).
 * @returns the tree, diagnostics, inferred type and the field paths read; never throws
 * @example checkExpression('${amout} > 1', { fields: { amount: { kind: 'number' } } }).diagnostics[0].message // "Unknown field 'amout'. Did you mean ${amount}?"
 */
export function checkExpression(source: string, options: CompileOptions = {}): CheckedExpression {
  try {
    const { table: _table, ...checked } = prepare(source, options);
    return checked;
  } catch {
    return { ok: false, ast: null, diagnostics: internalFailure(source), type: T.any, references: [] };
  }
}

/**
 * Compiles an expression for repeated evaluation.
 * @param source the expression, e.g. `${amount} > 1000 && ${region} IN ['EU','US']`
 * @param options `fields` in scope with their types (unknown fields are errors when given),
 *   `hostFunctions` the host declares beyond the built-ins, `limits` for parsing
 * @returns diagnostics (syntax, unknown names, arity, types), the inferred type, the field paths
 *   read, and `run`/`runAsync`, which never throw
 * @example compileExpression('${a} + 1').run({ a: 0.2 }, { now: () => 0, timeZone: 'UTC' }).value // 1.2
 */
export function compileExpression(source: string, options: CompileOptions = {}): CompiledExpression {
  try {
    const prepared = prepare(source, options);
    if (!prepared.ok || !prepared.ast) return failed(prepared.diagnostics, prepared.type, prepared.references);
    const evaluator = compileNode(prepared.ast, { fields: options.fields, findFunction: prepared.table.find });
    return {
      ok: true, diagnostics: prepared.diagnostics, type: prepared.type, references: prepared.references,
      run: (values, context) => runSync(evaluator, values, context),
      runAsync: (values, context) => runAsync(evaluator, values, context),
    };
  } catch {
    return failed(internalFailure(source));
  }
}
