/** Logic functions. IF, SWITCH, AND, OR and COALESCE evaluate only the arguments they need. */
import { T, unifyAll, unifyTypes } from '../check/expr-types.ts';
import { step, type Evaluator } from '../runtime/state.ts';
import { isTruthy, valuesEqual, type Value } from '../runtime/values.ts';
import type { ExprType } from '../types.ts';
import type { FunctionDef } from './function-def.ts';

const ANY = 'any' as const;

function switchResultType(types: ExprType[]): ExprType {
  const rest = types.slice(1);
  const results = rest.filter((_, index) => index % 2 === 1);
  const fallback = rest.length % 2 === 1 ? rest[rest.length - 1] : undefined;
  return unifyAll(fallback ? [...results, fallback] : results);
}

export const LOGIC_FUNCTIONS: FunctionDef[] = [
  {
    name: 'IF', category: 'logic',
    params: [{ name: 'condition', kind: ANY }, { name: 'then', kind: ANY }, { name: 'otherwise', kind: ANY, optional: true }],
    returns: ([, then, otherwise]) => unifyTypes(then ?? T.null, otherwise ?? T.null),
    description: 'then when the condition is true, otherwise the last argument (null when omitted). Only the chosen branch is evaluated.',
    examples: [{ expression: "IF(${type}=='A', 0.1, 0.15)", values: { type: 'A' }, result: 0.1 }, { expression: 'IF(null, 1)', result: null }],
    lazy: ([condition, then, otherwise], site) => (values, state) => {
      step(state, 1, site.span);
      if (isTruthy((condition as Evaluator)(values, state) as Value)) return then ? then(values, state) : null;
      return otherwise ? otherwise(values, state) : null;
    },
  },
  {
    name: 'SWITCH', category: 'logic',
    params: [{ name: 'value', kind: ANY }, { name: 'casesAndResults', kind: ANY, variadic: true, description: 'case, result pairs, then an optional default' }],
    returns: switchResultType,
    description: 'Compares value with each case (==) and returns the result after the first match; the default (a last unpaired argument) or null otherwise.',
    examples: [{ expression: "SWITCH(${region}, 'EU', 'Europe', 'US', 'America', 'other')", values: { region: 'US' }, result: 'America' }],
    lazy: ([subject, ...rest], site) => (values, state) => {
      step(state, 1, site.span);
      const value = (subject as Evaluator)(values, state) as Value;
      for (let index = 0; index + 1 < rest.length; index += 2) {
        if (valuesEqual(value, (rest[index] as Evaluator)(values, state) as Value, state.zone)) return (rest[index + 1] as Evaluator)(values, state);
      }
      return rest.length % 2 === 1 ? (rest[rest.length - 1] as Evaluator)(values, state) : null;
    },
  },
  {
    name: 'AND', category: 'logic', params: [{ name: 'conditions', kind: ANY, variadic: true }], returns: T.boolean,
    description: 'True when every argument is true (stops at the first false one). AND() is true.',
    examples: [{ expression: 'AND(true, 1 > 0)', result: true }],
    lazy: (args, site) => (values, state) => {
      step(state, 1, site.span);
      return args.every((arg) => isTruthy(arg(values, state) as Value));
    },
  },
  {
    name: 'OR', category: 'logic', params: [{ name: 'conditions', kind: ANY, variadic: true }], returns: T.boolean,
    description: 'True when any argument is true (stops at the first true one). OR() is false.',
    examples: [{ expression: 'OR(false, null, 2 > 1)', result: true }],
    lazy: (args, site) => (values, state) => {
      step(state, 1, site.span);
      return args.some((arg) => isTruthy(arg(values, state) as Value));
    },
  },
  {
    name: 'NOT', category: 'logic', params: [{ name: 'condition', kind: ANY }], returns: T.boolean,
    description: 'True when the argument is false, null, 0, empty text or an empty list.',
    examples: [{ expression: "NOT('')", result: true }],
    impl: ([value]) => !isTruthy(value ?? null),
  },
  {
    name: 'COALESCE', category: 'logic', params: [{ name: 'values', kind: ANY, variadic: true }], returns: (types) => unifyAll(types),
    description: 'The first argument that is not null (later ones are not evaluated).',
    examples: [{ expression: "COALESCE(${nickname}, ${name}, 'anonymous')", values: { name: 'Ada' }, result: 'Ada' }],
    lazy: (args, site) => (values, state) => {
      step(state, 1, site.span);
      for (const arg of args) {
        const value = arg(values, state);
        if (value !== null) return value;
      }
      return null;
    },
  },
];
