/** Aggregates over lists of values or records: COUNT, COUNTIF, SUMIF, AVGIF. */
import { T } from '../check/expr-types.ts';
import { addNumeric, divideNumeric, isNumeric, type Numeric } from '../runtime/numeric.ts';
import { step, type EvalState } from '../runtime/state.ts';
import { fromJs, isRecord, readProperty, valuesEqual, type Value } from '../runtime/values.ts';
import { flattenArgs, textArg } from './arguments.ts';
import type { CallSite, FunctionDef } from './function-def.ts';

const LIST = { name: 'list', kind: 'list' as const };
const FIELD = { name: 'field', kind: 'string' as const, description: 'the property compared' };
const VALUE = { name: 'value', kind: 'any' as const, description: 'the value it must equal' };
const SUM_FIELD = { name: 'sumField', kind: 'string' as const, description: 'the property added' };

/** Items of `list` whose `field` (or the item itself, when field is null) equals `value`. */
type Criterion = { field: string | null; value: Value; site: CallSite };

function matching(list: Value, { field, value, site }: Criterion, state: EvalState): Value[] {
  if (!Array.isArray(list)) return [];
  step(state, list.length, site.span);
  const out: Value[] = [];
  for (const raw of list) {
    const item = fromJs(raw);
    const subject = field === null ? item : isRecord(item) ? readProperty(item, field) : null;
    if (valuesEqual(subject, value, state.zone)) out.push(item);
  }
  return out;
}

function numbersOf(items: Value[], field: string | null): Numeric[] {
  const out: Numeric[] = [];
  for (const item of items) {
    const value = isRecord(item) && field !== null ? readProperty(item, field) : null;
    if (isNumeric(value)) out.push(value);
  }
  return out;
}

export const AGGREGATE_FUNCTIONS: FunctionDef[] = [
  {
    name: 'COUNT', category: 'aggregate', params: [{ name: 'values', kind: 'any', variadic: true }], returns: T.number,
    description: 'The number of values that are not null; lists are flattened.',
    examples: [{ expression: 'COUNT([1, null, 3])', result: 2 }, { expression: 'COUNT(${lineItems})', values: { lineItems: [{}, {}] }, result: 2 }],
    impl: (args, state, site) => flattenArgs(args, state, site.span).filter((item) => item !== null).length,
  },
  {
    name: 'COUNTIF', category: 'aggregate', params: [LIST, { ...FIELD, kind: 'any', description: 'the property compared, or the value when there are two arguments' }, { ...VALUE, optional: true }], returns: T.number,
    description: 'COUNTIF(list, field, value) counts records whose field equals value; COUNTIF(list, value) counts items equal to value.',
    examples: [
      { expression: "COUNTIF(${items}, 'status', 'approved')", values: { items: [{ status: 'approved' }, { status: 'open' }] }, result: 1 },
      { expression: "COUNTIF(['a', 'b', 'a'], 'a')", result: 2 },
    ],
    impl: ([list, field, value], state, site) => {
      const criterion = value === undefined ? { field: null, value: field ?? null, site } : { field: textArg(field), value, site };
      return matching(list ?? null, criterion, state).length;
    },
  },
  {
    name: 'SUMIF', category: 'aggregate', params: [LIST, FIELD, VALUE, SUM_FIELD], returns: T.decimal,
    description: 'Adds sumField of the records whose field equals value (0 when none match).',
    examples: [{ expression: "SUMIF(${items}, 'status', 'approved', 'amount')", values: { items: [{ status: 'approved', amount: 0.1 }, { status: 'open', amount: 5 }, { status: 'approved', amount: 0.2 }] }, result: 0.3 }],
    impl: ([list, field, value, sumField], state, site) => {
      const items = matching(list ?? null, { field: textArg(field), value: value ?? null, site }, state);
      return numbersOf(items, textArg(sumField)).reduce<Numeric>(addNumeric, 0);
    },
  },
  {
    name: 'AVGIF', category: 'aggregate', params: [LIST, FIELD, VALUE, { ...SUM_FIELD, name: 'avgField', description: 'the property averaged' }], returns: T.decimal,
    description: 'The mean of avgField over the records whose field equals value; null when none match.',
    examples: [{ expression: "AVGIF(${items}, 'region', 'EU', 'amount')", values: { items: [{ region: 'EU', amount: 10 }, { region: 'EU', amount: 20 }, { region: 'US', amount: 99 }] }, result: 15 }],
    impl: ([list, field, value, avgField], state, site) => {
      const numbers = numbersOf(matching(list ?? null, { field: textArg(field), value: value ?? null, site }, state), textArg(avgField));
      return numbers.length === 0 ? null : divideNumeric(numbers.reduce<Numeric>(addNumeric, 0), numbers.length);
    },
  },
];
