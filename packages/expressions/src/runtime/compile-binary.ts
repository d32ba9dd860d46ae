/**
 * Binary operators to closures, with fast paths for the common shapes: comparing against a
 * constant plain number, and `IN` against a constant list of plain values (a Set lookup).
 */
import type { BinaryOp, Expr, ExprOf } from '../syntax/ast.ts';
import { arithmeticAt, contains, isMember, matchesAt, type ArithmeticOp, type BinaryFn } from './operators.ts';
import { parseNumberText } from './numeric.ts';
import type { EvalState, Evaluator } from './state.ts';
import { compareValues, isTruthy, valuesEqual, type Value } from './values.ts';

type Ordering = '<' | '>' | '<=' | '>=';
type Pair = [Evaluator, Evaluator];

const ORDERINGS: Record<Ordering, (order: number) => boolean> = {
  '<': (order) => order < 0, '>': (order) => order > 0, '<=': (order) => order <= 0, '>=': (order) => order >= 0,
};
const PLAIN_ORDERINGS: Record<Ordering, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b,
};

function equal(a: Value, b: Value, state: EvalState): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  return valuesEqual(a, b, state.zone);
}

function combine<T>([left, right]: Pair, fn: BinaryFn<T>): Evaluator {
  return (values, state) => fn(left(values, state) as Value, right(values, state) as Value, state);
}

type Builder = (expr: ExprOf<'binary'>, pair: Pair) => Evaluator;

const BUILDERS: Partial<Record<BinaryOp, Builder>> = {
  '&&': (_, [left, right]) => (values, state) => isTruthy(left(values, state) as Value) && isTruthy(right(values, state) as Value),
  '||': (_, [left, right]) => (values, state) => isTruthy(left(values, state) as Value) || isTruthy(right(values, state) as Value),
  '==': (_, pair) => combine(pair, equal),
  '!=': (_, pair) => combine(pair, (a, b, state) => !equal(a, b, state)),
  '<': compileOrdering, '>': compileOrdering, '<=': compileOrdering, '>=': compileOrdering,
  IN: (expr, pair) => compileIn(expr, pair, false),
  'NOT IN': (expr, pair) => compileIn(expr, pair, true),
  CONTAINS: (_, pair) => combine(pair, contains),
  MATCHES: (expr, pair) => combine(pair, matchesAt(expr.span)),
};

export function compileBinary(expr: ExprOf<'binary'>, pair: Pair): Evaluator {
  const builder = BUILDERS[expr.op];
  return builder ? builder(expr, pair) : combine(pair, arithmeticAt(expr.op as ArithmeticOp, expr.span));
}

function compileOrdering(expr: ExprOf<'binary'>, [left, right]: Pair): Evaluator {
  const op = expr.op as Ordering;
  const holds = ORDERINGS[op];
  const constant = expr.right.type === 'number' ? parseNumberText(expr.right.text) : null;
  if (typeof constant === 'number') {
    const plain = PLAIN_ORDERINGS[op];
    return (values, state) => {
      const a = left(values, state);
      if (typeof a === 'number') return plain(a, constant);
      const order = compareValues(a as Value, constant, state.zone);
      return order !== null && holds(order);
    };
  }
  return (values, state) => {
    const order = compareValues(left(values, state) as Value, right(values, state) as Value, state.zone);
    return order !== null && holds(order);
  };
}

/** Plain constant items (text, safe numbers, booleans, null) allow a Set lookup for plain values. */
function constantSet(expr: Expr): Set<unknown> | null {
  if (expr.type !== 'list') return null;
  const set = new Set<unknown>();
  for (const item of expr.items) {
    const value = item.type === 'literal' ? item.value : item.type === 'number' ? parseNumberText(item.text) : undefined;
    if (value === undefined || (typeof value === 'object' && value !== null)) return null;
    set.add(value);
  }
  return set;
}

function compileIn(expr: ExprOf<'binary'>, [left, right]: Pair, negate: boolean): Evaluator {
  const set = constantSet(expr.right);
  if (set) {
    const items = [...set];
    return (values, state) => {
      const item = left(values, state);
      const plain = item === null || typeof item === 'string' || typeof item === 'boolean' || typeof item === 'number';
      return (plain ? set.has(item) : isMember(item as Value, items, state)) !== negate;
    };
  }
  return (values, state) => isMember(left(values, state) as Value, right(values, state) as Value, state) !== negate;
}
