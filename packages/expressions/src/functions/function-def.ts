/** The shape of a built-in function: signature, docs, examples and implementation. */
import type { Span } from '../syntax/ast.ts';
import type { EvalState, Evaluator } from '../runtime/state.ts';
import type { Value } from '../runtime/values.ts';
import { T, typeToString } from '../check/expr-types.ts';
import type { ExprType, ParamSpec } from '../types.ts';

export type FunctionCategory = 'math' | 'text' | 'date' | 'logic' | 'aggregate' | 'lookup' | 'user';

export type CallSite = { name: string; span: Span };

/** Eager functions get evaluated arguments; lazy ones (IF, AND, COALESCE…) get the evaluators. */
export type FunctionImpl = (args: Value[], state: EvalState, site: CallSite) => unknown;
export type LazyImpl = (args: Evaluator[], site: CallSite) => Evaluator;

export type FunctionExample = { expression: string; result: unknown; values?: Record<string, unknown> };

export type FunctionDef = {
  name: string;
  category: FunctionCategory;
  params: ParamSpec[];
  returns: ExprType | ((args: ExprType[]) => ExprType);
  description: string;
  examples: FunctionExample[];
  impl?: FunctionImpl;
  lazy?: LazyImpl;
  /** implemented by the host through `context.functions` (may be async) */
  host?: boolean;
};

/** Smallest and largest argument count a signature accepts. */
export function arityOf(params: ParamSpec[]): { min: number; max: number } {
  const cached = ARITIES.get(params);
  if (cached) return cached;
  const arity = computeArity(params);
  ARITIES.set(params, arity);
  return arity;
}

const ARITIES = new WeakMap<ParamSpec[], { min: number; max: number }>();

function computeArity(params: ParamSpec[]): { min: number; max: number } {
  const min = params.filter((param) => !param.optional && !param.variadic).length;
  const max = params.some((param) => param.variadic) ? Infinity : params.length;
  return { min, max };
}

/** `NAME(a: number, b?: string, ...rest: any)` */
export function formatSignature(name: string, params: ParamSpec[], returns: string): string {
  const list = params.map((param) => `${param.variadic ? '...' : ''}${param.name}${param.optional ? '?' : ''}: ${param.kind}`);
  return `${name}(${list.join(', ')}) → ${returns}`;
}

/** The spec of the parameter at `index` (the variadic one repeats). */
export function paramAt(params: ParamSpec[], index: number): ParamSpec | undefined {
  const last = params[params.length - 1];
  if (index >= params.length && last?.variadic) return last;
  return params[index];
}

/** The return type as text; computed return types are shown for arguments of unknown type. */
export function returnLabel(def: FunctionDef): string {
  if (typeof def.returns !== 'function') return typeToString(def.returns);
  return typeToString(def.returns(def.params.map(() => T.any)));
}

/** `NAME(params) → returns` of a registry function. */
export function signatureOf(def: FunctionDef): string {
  return formatSignature(def.name, def.params, returnLabel(def));
}
