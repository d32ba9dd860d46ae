/** Math functions. Exact decimals throughout; rounding is half away from zero (ROUND(2.5) = 3). */
import { warning } from '../diagnostics.ts';
import { T } from '../check/expr-types.ts';
import { addNumeric, compareNumeric, Dec, divideNumeric, isZero, type Numeric } from '../runtime/numeric.ts';
import { report, type EvalState } from '../runtime/state.ts';
import type Decimal from 'decimal.js';
import { compareValues, type Value } from '../runtime/values.ts';
import type { ExprType } from '../types.ts';
import { flattenArgs, integerArg, numberArg, numericItems, simplify, toDec } from './arguments.ts';
import type { CallSite, FunctionDef } from './function-def.ts';

const VALUES = [{ name: 'values', kind: 'any' as const, variadic: true, description: 'numbers or lists of numbers' }];
const X = { name: 'x', kind: 'number' as const };
const DIGITS = { name: 'digits', kind: 'number' as const, optional: true, description: 'decimal places (default 0; negative rounds to tens, hundreds…)' };

function numericResult(types: ExprType[]): ExprType {
  return types.some((type) => type.kind === 'decimal') ? T.decimal : T.number;
}

function roundTo(mode: Decimal.Rounding) {
  return ([value, digits]: Value[]): Numeric | null => {
    const x = numberArg(value);
    if (x === null) return null;
    const places = Math.max(-100, Math.min(100, integerArg(digits, 0)));
    if (places >= 0) return simplify(toDec(x).toDecimalPlaces(places, mode));
    const scale = new Dec(10).pow(-places);
    return simplify(toDec(x).div(scale).toDecimalPlaces(0, mode).times(scale));
  };
}

function extreme(sign: 1 | -1) {
  return (args: Value[], state: EvalState, site: CallSite): Value => {
    let best: Value = null;
    for (const item of flattenArgs(args, state, site.span)) {
      if (item === null) continue;
      if (best === null) { best = item; continue; }
      const order = compareValues(item, best, state.zone);
      if (order !== null && order * sign > 0) best = item;
    }
    return best;
  };
}

export const MATH_FUNCTIONS: FunctionDef[] = [
  {
    name: 'SUM', category: 'math', params: VALUES, returns: (types) => (types.some((t) => t.kind === 'decimal' || (t.kind === 'list' && t.element.kind === 'decimal')) ? T.decimal : T.number),
    description: 'Adds numbers; lists are flattened, nulls and non-numbers skipped. SUM() of nothing is 0.',
    examples: [{ expression: 'SUM(${lineItems}.amount)', values: { lineItems: [{ amount: 10.1 }, { amount: 0.2 }] }, result: 10.3 }, { expression: 'SUM(1, 2, [3, 4])', result: 10 }],
    impl: (args, state, site) => numericItems(flattenArgs(args, state, site.span)).reduce<Numeric>(addNumeric, 0),
  },
  {
    name: 'AVG', category: 'math', params: VALUES, returns: T.decimal,
    description: 'The mean of the numbers (nulls skipped); null when there are none.',
    examples: [{ expression: 'AVG([1, 2, 4])', result: 2.3333333333333335 }, { expression: 'AVG([])', result: null }],
    impl: (args, state, site) => {
      const items = numericItems(flattenArgs(args, state, site.span));
      return items.length === 0 ? null : divideNumeric(items.reduce<Numeric>(addNumeric, 0), items.length);
    },
  },
  {
    name: 'MIN', category: 'math', params: VALUES, returns: (types) => (types.length === 1 && types[0]?.kind === 'list' ? types[0].element : (types[0] ?? T.any)),
    description: 'The smallest value (numbers, texts or dates; nulls skipped); null when there are none.',
    examples: [{ expression: 'MIN(3, 1, 2)', result: 1 }, { expression: "MIN(['2024-05-01', '2024-01-31'])", result: '2024-01-31' }],
    impl: extreme(-1),
  },
  {
    name: 'MAX', category: 'math', params: VALUES, returns: (types) => (types.length === 1 && types[0]?.kind === 'list' ? types[0].element : (types[0] ?? T.any)),
    description: 'The largest value (numbers, texts or dates; nulls skipped); null when there are none.',
    examples: [{ expression: 'MAX([3, 1, 2])', result: 3 }],
    impl: extreme(1),
  },
  {
    name: 'ROUND', category: 'math', params: [X, DIGITS], returns: numericResult,
    description: 'Rounds half away from zero to the given decimal places.',
    examples: [{ expression: 'ROUND(2.345, 2)', result: 2.35 }, { expression: 'ROUND(-2.5)', result: -3 }, { expression: 'ROUND(1234, -2)', result: 1200 }],
    impl: roundTo(Dec.ROUND_HALF_UP),
  },
  {
    name: 'FLOOR', category: 'math', params: [X, DIGITS], returns: numericResult,
    description: 'Rounds down (toward negative infinity) to the given decimal places.',
    examples: [{ expression: 'FLOOR(2.7)', result: 2 }, { expression: 'FLOOR(-2.71, 1)', result: -2.8 }],
    impl: roundTo(Dec.ROUND_FLOOR),
  },
  {
    name: 'CEILING', category: 'math', params: [X, DIGITS], returns: numericResult,
    description: 'Rounds up (toward positive infinity) to the given decimal places.',
    examples: [{ expression: 'CEILING(2.1)', result: 3 }, { expression: 'CEILING(2.71, 1)', result: 2.8 }],
    impl: roundTo(Dec.ROUND_CEIL),
  },
  {
    name: 'ABS', category: 'math', params: [X], returns: numericResult,
    description: 'The absolute value.',
    examples: [{ expression: 'ABS(-4.5)', result: 4.5 }],
    impl: ([value]) => { const x = numberArg(value); return x === null ? null : typeof x === 'number' ? Math.abs(x) : x.abs(); },
  },
  {
    name: 'POWER', category: 'math', params: [{ name: 'base', kind: 'number' }, { name: 'exponent', kind: 'number' }], returns: T.decimal,
    description: 'base raised to exponent (34 significant digits); null when undefined (e.g. a negative base with a fractional exponent).',
    examples: [{ expression: 'POWER(2, 10)', result: 1024 }, { expression: 'POWER(1.1, 2)', result: 1.21 }],
    impl: ([base, exponent]) => {
      const b = numberArg(base);
      const e = numberArg(exponent);
      if (b === null || e === null) return null;
      const result = toDec(b).pow(toDec(e));
      return result.isNaN() ? null : simplify(result);
    },
  },
  {
    name: 'MOD', category: 'math', params: [{ name: 'x', kind: 'number' }, { name: 'divisor', kind: 'number' }], returns: numericResult,
    description: 'The remainder with the sign of the divisor (MOD(-3, 2) = 1; the % operator keeps the sign of x). Null for a zero divisor.',
    examples: [{ expression: 'MOD(10, 3)', result: 1 }, { expression: 'MOD(-3, 2)', result: 1 }],
    impl: ([value, divisor], state, site) => {
      const x = numberArg(value);
      const d = numberArg(divisor);
      if (x === null || d === null) return null;
      if (isZero(d)) { report(state, warning('division-by-zero', 'MOD by zero gives null', site.span)); return null; }
      const rest = toDec(x).mod(toDec(d));
      return simplify(!rest.isZero() && compareNumeric(rest, 0) !== compareNumeric(d, 0) ? rest.plus(toDec(d)) : rest);
    },
  },
];
