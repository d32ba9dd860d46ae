/** Reading function arguments: flattening lists, numbers, texts and integers, each null-tolerant. */
import type { Span } from '../syntax/ast.ts';
import { Dec, isNumeric, type Numeric } from '../runtime/numeric.ts';
import { checkListLength, step, type EvalState } from '../runtime/state.ts';
import { fromJs, type Value } from '../runtime/values.ts';

const MAX_FLATTEN_DEPTH = 8;

/** All items of the arguments, lists flattened (nested lists too), each step counted. */
export function flattenArgs(args: Value[], state: EvalState, span: Span): Value[] {
  const out: Value[] = [];
  const visit = (value: Value, depth: number): void => {
    if (!Array.isArray(value) || depth > MAX_FLATTEN_DEPTH) {
      out.push(value);
      return;
    }
    step(state, value.length, span);
    for (const item of value) visit(fromJs(item), depth + 1);
    checkListLength(state, out.length, span);
  };
  for (const arg of args) visit(arg, 0);
  return out;
}

export function numericItems(items: Value[]): Numeric[] {
  return items.filter((item): item is Numeric => isNumeric(item));
}

export function numberArg(value: Value | undefined): Numeric | null {
  return value !== undefined && isNumeric(value) ? value : null;
}

/** An integer argument (truncated), or `fallback` when absent or not a number. */
export function integerArg(value: Value | undefined, fallback: number): number {
  const numeric = numberArg(value);
  if (numeric === null) return fallback;
  const number = typeof numeric === 'number' ? numeric : numeric.toNumber();
  return Number.isFinite(number) ? Math.trunc(number) : fallback;
}

export function textArg(value: Value | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function toDec(value: Numeric): Dec {
  return typeof value === 'number' ? new Dec(value) : value;
}

/** A decimal result back to a plain number when that is exact and safe (keeps later math fast). */
export function simplify(value: Dec): Numeric | null {
  if (!value.isFinite()) return null;
  if (value.isInteger() && value.abs().lte(Number.MAX_SAFE_INTEGER)) return value.toNumber();
  return value;
}
