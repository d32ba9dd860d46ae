/**
 * The structured meaning of an analysable input entry: which values of each FEEL type it accepts.
 * Numbers, strings and dates (as day numbers) are interval sets, booleans and null are flags.
 * Values of other types (lists, contexts, times, durations…) are not described: the fast matcher
 * hands them to feelin and verification leaves them out of a column's domain.
 *
 * Typing follows DMN 1.3 §10.3.2: a value is only ever compared with bounds of its own type, so
 * `[1..10]` never accepts `"5"` and `not([1..10])` accepts every string.
 */
import { complement, everything, normalize, union, type Interval, type IntervalSet } from './interval-set.ts';

export const ORDERED_KINDS = ['number', 'string', 'date'] as const;
export type OrderedKind = (typeof ORDERED_KINDS)[number];
export type ValueKind = OrderedKind | 'boolean' | 'null';

export interface Condition {
  number: IntervalSet<number>;
  string: IntervalSet<string>;
  /** Days since 1970-01-01. */
  date: IntervalSet<number>;
  true: boolean;
  false: boolean;
  null: boolean;
}

export function nothing(): Condition {
  return { number: [], string: [], date: [], true: false, false: false, null: false };
}

/** What `-` accepts (for the described types). */
export function anything(): Condition {
  return { number: everything(), string: everything(), date: everything(), true: true, false: true, null: true };
}

export function unite(a: Condition, b: Condition): Condition {
  return {
    number: union(a.number, b.number),
    string: union(a.string, b.string),
    date: union(a.date, b.date),
    true: a.true || b.true,
    false: a.false || b.false,
    null: a.null || b.null,
  };
}

/** `not(…)`: within each type, the values the positive tests reject (null included). */
export function negate(condition: Condition): Condition {
  return {
    number: complement(condition.number),
    string: complement(condition.string),
    date: complement(condition.date),
    true: !condition.true,
    false: !condition.false,
    null: !condition.null,
  };
}

/** A condition accepting only the given intervals of one ordered kind. */
export function ofIntervals(kind: OrderedKind, intervals: Interval<number>[] | Interval<string>[]): Condition {
  return { ...nothing(), [kind]: normalize<number | string>(intervals) };
}

/** Whether the condition accepts every described value (it is equivalent to `-`). */
export function isAnything(condition: Condition): boolean {
  const full = (set: IntervalSet<number> | IntervalSet<string>) => set.length === 1 && set[0]?.lo === null && set[0]?.hi === null;
  return full(condition.number) && full(condition.string) && full(condition.date) && condition.true && condition.false && condition.null;
}
