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
import { analyseUnaryTests } from '../analysis/analyse-unary-tests.ts';
import { compileCondition } from '../analysis/match-condition.ts';

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

/** The compiled form of `-` (and an empty entry); callers may skip it by identity. */
export const MATCH_ALL: CompiledUnaryTests = () => true;

/**
 * Compiles FEEL unary tests (an input entry). `-` and empty text match everything. The common
 * shapes (literals, comparisons and intervals with literal bounds, lists, `not(…)`) are analysed
 * once and matched with plain comparisons (analysis/match-condition.ts); other texts, and values of
 * types the analysis does not describe, are evaluated by feelin. Analysable text is valid FEEL (a
 * subset of the grammar, property-tested), so only other text goes through feelin's parser.
 */
export function compileUnaryTests(text: string, names: readonly string[]): CompiledUnaryTests {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return MATCH_ALL;
  const slow: CompiledUnaryTests = (value, scope) => unaryTest(text, { ...scope, '?': value }).value === true;
  const condition = analyseUnaryTests(text, { names });
  if (condition) return compileCondition(condition, slow);
  const problem = unaryTestsSyntaxProblem(text, names);
  if (problem) throw new FeelCompileError(problem, text);
  return slow;
}
