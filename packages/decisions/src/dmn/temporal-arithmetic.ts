/**
 * FEEL `+` and `-` where feelin departs from DMN 1.5 §10.3.2.3 (table 57); everything else is
 * feelin's own operator. Differences handled here:
 * - date and time − date and time counts real elapsed time across time zones, and is null when
 *   only one of the two has a zone; a date counts as midnight UTC there;
 * - date ± days-and-time duration is a date (the date part of the instant reached);
 * - times do not mix with dates, dates and times, or years-and-months durations (null).
 */
import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelTime } from 'feelin';
import { compileExpression } from '../feel/compile.ts';
import { daysTimeDuration } from './duration-arithmetic.ts';

const feelAdd = compileExpression('a + b', ['a', 'b']);
const feelSubtract = compileExpression('a - b', ['a', 'b']);

const isDayTime = (value: unknown): value is FeelDuration => value instanceof FeelDuration && !value.yearsMonths;
const isYearMonth = (value: unknown): value is FeelDuration => value instanceof FeelDuration && value.yearsMonths;
const isDateLike = (value: unknown) => value instanceof FeelDate || value instanceof FeelDateTime;

function asDateTime(value: FeelDate | FeelDateTime): FeelDateTime {
  return value instanceof FeelDate ? new FeelDateTime(value.value.toPlainDateTime(), 'UTC') : value;
}

function epochNanoseconds(value: FeelDateTime): bigint {
  return value.value.toZonedDateTime(value.zone ?? 'UTC').epochNanoseconds;
}

function elapsed(a: FeelDate | FeelDateTime, b: FeelDate | FeelDateTime): FeelDuration | null {
  const [x, y] = [asDateTime(a), asDateTime(b)];
  if ((x.zone === null) !== (y.zone === null)) return null;
  const nanos = epochNanoseconds(x) - epochNanoseconds(y);
  return daysTimeDuration(Number(nanos) / 1e9);
}

/** A date moved by a days-and-time duration stays a date. */
function shiftDate(date: FeelDate, by: FeelDuration, sign: 1 | -1): unknown {
  const moved = (sign === 1 ? feelAdd : feelSubtract)({ a: date, b: by });
  return moved instanceof FeelDateTime ? new FeelDate(moved.value.toPlainDate()) : moved;
}

const timeMismatch = (a: unknown, b: unknown) => (a instanceof FeelTime && (isDateLike(b) || isYearMonth(b))) || (b instanceof FeelTime && (isDateLike(a) || isYearMonth(a)));

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (timeMismatch(a, b)) return null;
  if (a instanceof FeelDate && isDayTime(b)) return shiftDate(a, b, 1);
  if (b instanceof FeelDate && isDayTime(a)) return shiftDate(b, a, 1);
  return feelAdd({ a, b });
}

export function subtract(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (timeMismatch(a, b)) return null;
  if (a instanceof FeelDate && isDayTime(b)) return shiftDate(a, b, -1);
  if ((a instanceof FeelDateTime && isDateLike(b)) || (b instanceof FeelDateTime && a instanceof FeelDate)) return elapsed(a, b as FeelDate | FeelDateTime);
  return feelSubtract({ a, b });
}

export const TEMPORAL_FUNCTIONS: Record<string, FeelFunction> = {
  __ff_add: new FeelFunction(add, ['a', 'b']),
  __ff_subtract: new FeelFunction(subtract, ['a', 'b']),
};
