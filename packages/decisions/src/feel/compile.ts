/**
 * Compiling FEEL once and running it many times. feelin parses on every `evaluate` call (about
 * 8k calls/s), so an expression is compiled into a FEEL function whose parameters are the names
 * in scope — `function(amount, customer) <expression>` — and that function is called with each
 * scope's values (hundreds of thousands of calls/s). Names that cannot be parameters fall back to
 * per-call evaluation, which is slower but means the same thing.
 *
 * feelin collects warnings in a list owned by the call that built the function; a compiled
 * function is rebuilt after REBUILD_AFTER calls so that list stays bounded in long-lived caches.
 */
import { FeelFunction, evaluate, unaryTest } from 'feelin';
import { expressionSyntaxProblem, unaryTestsSyntaxProblem, type FeelSyntaxProblem } from './syntax.ts';

export type Scope = Record<string, unknown>;
export type CompiledExpression = (scope: Scope) => unknown;
export type CompiledUnaryTests = (value: unknown, scope: Scope) => boolean;

const REBUILD_AFTER = 20_000;
const SIMPLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*(?: [\p{L}_][\p{L}\p{N}_]*)*$/u;
const RESERVED = new Set(['true', 'false', 'null', 'function', 'if', 'then', 'else', 'for', 'in', 'return', 'some', 'every', 'satisfies', 'and', 'or', 'not', 'between', 'instance', 'of', 'external']);

export class FeelCompileError extends Error {
  constructor(readonly problem: FeelSyntaxProblem, readonly text: string) {
    super(problem.message);
  }
}

function canBeParameter(name: string): boolean {
  return SIMPLE_NAME.test(name) && !name.split(' ').some((word) => RESERVED.has(word));
}

function scopeOf(names: readonly string[]): Scope {
  const scope: Scope = {};
  for (const name of names) scope[name] = null;
  return scope;
}

function buildFunction(text: string, names: readonly string[]): FeelFunction | null {
  const built = evaluate(`function(${names.join(', ')}) (${text})`, scopeOf(names)).value;
  return built instanceof FeelFunction ? built : null;
}

/**
 * Compiles a FEEL expression for scopes that have exactly `names` as keys (extra keys are ignored,
 * missing ones read as null). Throws FeelCompileError on a syntax error.
 */
export function compileExpression(text: string, names: readonly string[]): CompiledExpression {
  const problem = expressionSyntaxProblem(text, names);
  if (problem) throw new FeelCompileError(problem, text);
  if (!names.every(canBeParameter)) return (scope) => evaluate(text, scope).value;
  const built = buildFunction(text, names);
  if (!built) return (scope) => evaluate(text, scope).value;
  let fn: FeelFunction = built;
  let calls = 0;
  const args: unknown[] = new Array(names.length);
  return (scope) => {
    if (++calls > REBUILD_AFTER) {
      fn = buildFunction(text, names) ?? fn;
      calls = 0;
    }
    names.forEach((name, i) => { args[i] = scope[name] ?? null; });
    return fn.fn(...args);
  };
}

/** Compiles FEEL unary tests (an input entry). `-` and empty text match everything. */
export function compileUnaryTests(text: string, names: readonly string[]): CompiledUnaryTests {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return () => true;
  const problem = unaryTestsSyntaxProblem(text, names);
  if (problem) throw new FeelCompileError(problem, text);
  return (value, scope) => unaryTest(text, { ...scope, '?': value }).value === true;
}
