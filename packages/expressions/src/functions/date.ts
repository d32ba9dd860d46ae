/** Date functions, all in the evaluation's time zone (`context.timeZone`) and clock (`context.now`). */
import { warning } from '../diagnostics.ts';
import { T } from '../check/expr-types.ts';
import { addToDate, dateDifference, parseUnit } from '../runtime/date-math.ts';
import { formatDate } from '../runtime/date-format.ts';
import { formatNumber } from '../runtime/number-format.ts';
import { isNumeric, numericToJs } from '../runtime/numeric.ts';
import { nowOf, report, type EvalState } from '../runtime/state.ts';
import { instantOf, plainDateOf } from '../runtime/temporal.ts';
import { epochDayIn } from '../runtime/time-zone.ts';
import { asTemporal, type Value } from '../runtime/values.ts';
import type { ExprType } from '../types.ts';
import type { CallSite, FunctionDef } from './function-def.ts';

const DATE = { name: 'date', kind: 'date' as const };
const UNIT = { name: 'unit', kind: 'string' as const, description: "'years', 'quarters', 'months', 'weeks', 'days', 'hours', 'minutes' or 'seconds'" };

function unitOf(value: Value | undefined, state: EvalState, site: CallSite) {
  const unit = parseUnit(value);
  if (!unit) report(state, warning('invalid-unit', `Unknown date unit ${JSON.stringify(value ?? null)}`, site.span));
  return unit;
}

function dateAddType([date]: ExprType[]): ExprType {
  if (date?.kind === 'datetime' || date?.kind === 'date') return date;
  return T.any;
}

export const DATE_FUNCTIONS: FunctionDef[] = [
  {
    name: 'NOW', category: 'date', params: [], returns: T.datetime,
    description: 'The current date and time (the same value everywhere in one evaluation).',
    examples: [{ expression: 'NOW()', result: '2024-03-15T11:00:00+01:00' }],
    impl: (_, state, site) => instantOf(nowOf(state, site.span)),
  },
  {
    name: 'TODAY', category: 'date', params: [], returns: T.date,
    description: "Today's date in the evaluation's time zone.",
    examples: [{ expression: 'TODAY()', result: '2024-03-15' }],
    impl: (_, state, site) => plainDateOf(epochDayIn(nowOf(state, site.span), state.zone)),
  },
  {
    name: 'DATEADD', category: 'date', params: [DATE, { name: 'amount', kind: 'number' }, UNIT], returns: dateAddType,
    description: 'Adds an amount of units. Days and longer keep the wall-clock time across DST changes; months clamp to the month end. Adding hours to a date gives a date-time.',
    examples: [
      { expression: "DATEADD(${startDate}, 30, 'days')", values: { startDate: '2024-01-15' }, result: '2024-02-14' },
      { expression: "DATEADD('2024-01-31', 1, 'month')", result: '2024-02-29' },
      { expression: "DATEADD('2024-03-30T12:00:00+01:00', 1, 'day')", result: '2024-03-31T12:00:00+02:00' },
    ],
    impl: ([date, amount, unitText], state, site) => {
      const start = asTemporal(date ?? null, state.zone);
      const unit = unitOf(unitText, state, site);
      const count = amount !== undefined && isNumeric(amount) ? numericToJs(amount) : null;
      if (!start || !unit || count === null) return null;
      return addToDate(start, { amount: count, unit }, state.zone);
    },
  },
  {
    name: 'DATEDIFF', category: 'date', params: [{ name: 'start', kind: 'date' }, { name: 'end', kind: 'date' }, UNIT], returns: T.number,
    description: 'Whole units from start to end, truncated toward zero (negative when end is earlier). Days count calendar days in the zone; a month is reached when DATEADD of that many months reaches end (Jan 31 → Feb 29 is 1 month).',
    examples: [
      { expression: "DATEDIFF('2024-01-31', '2024-03-01', 'days')", result: 30 },
      { expression: "DATEDIFF('2024-01-31', '2024-02-29', 'months')", result: 1 },
      { expression: "DATEDIFF('2024-01-30', '2024-02-28', 'months')", result: 0 },
      { expression: "DATEDIFF('2024-03-30T12:00:00+01:00', '2024-03-31T12:00:00+02:00', 'hours')", result: 23 },
    ],
    impl: ([startValue, endValue, unitText], state, site) => {
      const start = asTemporal(startValue ?? null, state.zone);
      const end = asTemporal(endValue ?? null, state.zone);
      const unit = unitOf(unitText, state, site);
      return start && end && unit ? dateDifference([start, end], unit, state.zone) : null;
    },
  },
  {
    name: 'FORMAT', category: 'date', params: [{ name: 'value', kind: 'any', description: 'a date, date-time or number' }, { name: 'pattern', kind: 'string' }], returns: T.string,
    description: "Formats a date or date-time in the evaluation's zone ('dd.MM.yyyy HH:mm', 'EEE d MMM yyyy', quoted text is literal) or a number ('#,##0.00', '0.0%').",
    examples: [
      { expression: "FORMAT('2024-03-05', 'dd.MM.yyyy')", result: '05.03.2024' },
      { expression: "FORMAT('2024-03-31T01:30:00Z', 'EEE d MMM yyyy, HH:mm XXX')", result: 'Sun 31 Mar 2024, 03:30 +02:00' },
      { expression: "FORMAT(1234567.891, '#,##0.00')", result: '1,234,567.89' },
    ],
    impl: ([value, pattern], state) => {
      if (typeof pattern !== 'string' || value === null || value === undefined) return null;
      if (isNumeric(value)) return formatNumber(value, pattern);
      const temporal = asTemporal(value, state.zone);
      return temporal ? formatDate(temporal, pattern, state.zone) : null;
    },
  },
];
