/**
 * Compiles a checked syntax tree to a tree of closures `(values, state) => value`. Constant parts
 * are prepared once (literal numbers, IN-lists of plain values, comparison against a constant).
 * The closures allocate nothing on the common paths.
 */
import { warning } from '../diagnostics.ts';
import { arityOf, type FunctionDef } from '../functions/function-def.ts';
import { declaredType } from '../check/field-scope.ts';
import type { Expr, ExprOf } from '../syntax/ast.ts';
import type { FieldTypes } from '../types.ts';
import { coerceToDeclared, readMember, readPath } from './access.ts';
import { compileBinary } from './compile-binary.ts';
import { isNumeric, negateNumeric, parseNumberText } from './numeric.ts';
import { checkListLength, step, report, type Evaluator } from './state.ts';
import { describeValue, fromJs, isEmpty, isTruthy, type Value } from './values.ts';

export type CompileEnv = { fields?: FieldTypes; findFunction: (name: string) => FunctionDef | undefined };

const hasOwn = Object.prototype.hasOwnProperty;

type Compilers = { [K in Expr['type']]: (expr: ExprOf<K>, env: CompileEnv) => Evaluator };

const COMPILERS: Compilers = {
  literal: (expr) => { const value = expr.value; return () => value; },
  number: (expr) => { const value = parseNumberText(expr.text); return () => value; },
  field: compileField,
  list: compileList,
  record: compileRecord,
  unary: compileUnary,
  postfix: compilePostfix,
  ternary: compileTernary,
  member: compileMember,
  call: compileCall,
  binary: (expr, env) => compileBinary(expr, [compileNode(expr.left, env), compileNode(expr.right, env)]),
};

export function compileNode(expr: Expr, env: CompileEnv): Evaluator {
  return (COMPILERS[expr.type] as (expr: Expr, env: CompileEnv) => Evaluator)(expr, env);
}

function compileField(expr: ExprOf<'field'>, env: CompileEnv): Evaluator {
  const declared = declaredType(env.fields, expr.path);
  const span = expr.span;
  if (expr.path.length === 1) {
    const name = expr.path[0] as string;
    if (declared) return (values, state) => coerceToDeclared(hasOwn.call(values, name) ? fromJs(values[name]) : null, declared, state);
    return (values) => {
      const raw = hasOwn.call(values, name) ? values[name] : null;
      return typeof raw === 'number' ? (Number.isFinite(raw) ? raw : null) : typeof raw === 'string' ? raw : fromJs(raw);
    };
  }
  const site = { path: expr.path, dotted: expr.path.join('.'), span };
  if (declared) return (values, state) => coerceToDeclared(readPath(values, site, state), declared, state);
  return (values, state) => readPath(values, site, state);
}

function compileList(expr: ExprOf<'list'>, env: CompileEnv): Evaluator {
  const items = expr.items.map((item) => compileNode(item, env));
  const span = expr.span;
  return (values, state) => {
    checkListLength(state, items.length, span);
    return items.map((item) => item(values, state));
  };
}

function compileRecord(expr: ExprOf<'record'>, env: CompileEnv): Evaluator {
  const entries = expr.entries.map((entry) => [entry.key, compileNode(entry.value, env)] as const);
  return (values, state) => {
    const record: Record<string, unknown> = {};
    for (const [key, value] of entries) Object.defineProperty(record, key, { value: value(values, state), enumerable: true, writable: true, configurable: true });
    return record;
  };
}

function compileUnary(expr: ExprOf<'unary'>, env: CompileEnv): Evaluator {
  const operand = compileNode(expr.operand, env);
  if (expr.op === '!') return (values, state) => !isTruthy(operand(values, state) as Value);
  const span = expr.span;
  return (values, state) => {
    const value = operand(values, state) as Value;
    if (value === null) return null;
    if (isNumeric(value)) return negateNumeric(value);
    report(state, warning('type-mismatch', `'-' needs a number, got ${describeValue(value)}`, span));
    return null;
  };
}

function compilePostfix(expr: ExprOf<'postfix'>, env: CompileEnv): Evaluator {
  const operand = compileNode(expr.operand, env);
  if (expr.op === 'EMPTY') return (values, state) => isEmpty(operand(values, state) as Value);
  return (values, state) => !isEmpty(operand(values, state) as Value);
}

function compileTernary(expr: ExprOf<'ternary'>, env: CompileEnv): Evaluator {
  const test = compileNode(expr.test, env);
  const then = compileNode(expr.then, env);
  const otherwise = compileNode(expr.otherwise, env);
  return (values, state) => (isTruthy(test(values, state) as Value) ? then(values, state) : otherwise(values, state));
}

function compileMember(expr: ExprOf<'member'>, env: CompileEnv): Evaluator {
  const object = compileNode(expr.object, env);
  const site = { name: expr.name, span: expr.span };
  return (values, state) => readMember(object(values, state) as Value, site, state);
}

function compileCall(expr: ExprOf<'call'>, env: CompileEnv): Evaluator {
  const def = env.findFunction(expr.name);
  const args = expr.args.map((arg) => compileNode(arg, env));
  const site = { name: expr.name, span: expr.span };
  if (!def || !hasValidArity(def, args.length)) return () => null;
  if (def.lazy) return def.lazy(args, site);
  const impl = def.impl;
  if (!impl) return () => null;
  return (values, state) => {
    step(state, 1, site.span);
    const evaluated: Value[] = new Array(args.length);
    for (let index = 0; index < args.length; index += 1) evaluated[index] = (args[index] as Evaluator)(values, state) as Value;
    return impl(evaluated, state, site);
  };
}

/** The checker reports a wrong count; compiled anyway (unchecked trees), such a call is null. */
function hasValidArity(def: FunctionDef, count: number): boolean {
  const { min, max } = arityOf(def.params);
  return count >= min && count <= max;
}
