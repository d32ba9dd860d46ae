/**
 * Sets of values of one ordered FEEL type (numbers, strings, dates as day numbers) kept as sorted,
 * disjoint intervals. Unary tests become such sets (`< 5`, `[1..10]`, `"EU","US"`, `not(…)`), the
 * fast matcher tests membership in them and verification reads their bounds.
 */

export type Ordered = number | string;

export interface Bound<T extends Ordered> {
  value: T;
  closed: boolean;
}

/** `lo`/`hi` null = unbounded on that side. */
export interface Interval<T extends Ordered> {
  lo: Bound<T> | null;
  hi: Bound<T> | null;
}

export type IntervalSet<T extends Ordered> = readonly Interval<T>[];

export function point<T extends Ordered>(value: T): Interval<T> {
  return { lo: { value, closed: true }, hi: { value, closed: true } };
}

export function everything<T extends Ordered>(): Interval<T>[] {
  return [{ lo: null, hi: null }];
}

function isEmpty<T extends Ordered>({ lo, hi }: Interval<T>): boolean {
  if (!lo || !hi) return false;
  if (lo.value > hi.value) return true;
  return lo.value === hi.value && !(lo.closed && hi.closed);
}

/** Orders lower bounds: unbounded first, then by value, closed before open. */
function compareLo<T extends Ordered>(a: Bound<T> | null, b: Bound<T> | null): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return (a.closed ? 0 : 1) - (b.closed ? 0 : 1);
}

/** Whether interval `next` (starting at or after `current`) touches or overlaps `current`. */
function touches<T extends Ordered>(current: Interval<T>, next: Interval<T>): boolean {
  if (!current.hi || !next.lo) return true;
  if (next.lo.value < current.hi.value) return true;
  return next.lo.value === current.hi.value && (next.lo.closed || current.hi.closed);
}

/** The larger of two upper bounds (null = unbounded). */
function maxHi<T extends Ordered>(a: Bound<T> | null, b: Bound<T> | null): Bound<T> | null {
  if (!a || !b) return null;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.closed ? a : b;
}

/** Sorts, drops empty intervals and merges overlapping or touching ones. */
export function normalize<T extends Ordered>(intervals: readonly Interval<T>[]): Interval<T>[] {
  const sorted = intervals.filter((interval) => !isEmpty(interval)).sort((a, b) => compareLo(a.lo, b.lo));
  const merged: Interval<T>[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && touches(last, interval)) merged[merged.length - 1] = { lo: last.lo, hi: maxHi(last.hi, interval.hi) };
    else merged.push({ ...interval });
  }
  return merged;
}

export function union<T extends Ordered>(a: IntervalSet<T>, b: IntervalSet<T>): Interval<T>[] {
  return normalize([...a, ...b]);
}

const flip = <T extends Ordered>(bound: Bound<T>): Bound<T> => ({ value: bound.value, closed: !bound.closed });

/** Everything of the type that is not in `set` (which must be normalized). */
export function complement<T extends Ordered>(set: IntervalSet<T>): Interval<T>[] {
  const out: Interval<T>[] = [];
  let lo: Bound<T> | null = null;
  let open = true;
  for (const interval of set) {
    if (interval.lo) out.push({ lo, hi: flip(interval.lo) });
    if (!interval.hi) {
      open = false;
      break;
    }
    lo = flip(interval.hi);
  }
  if (open) out.push({ lo, hi: null });
  return normalize(out);
}

function aboveLo<T extends Ordered>(value: T, lo: Bound<T> | null): boolean {
  return !lo || (lo.closed ? value >= lo.value : value > lo.value);
}

function belowHi<T extends Ordered>(value: T, hi: Bound<T> | null): boolean {
  return !hi || (hi.closed ? value <= hi.value : value < hi.value);
}

export function inInterval<T extends Ordered>(interval: Interval<T>, value: T): boolean {
  return aboveLo(value, interval.lo) && belowHi(value, interval.hi);
}

export function contains<T extends Ordered>(set: IntervalSet<T>, value: T): boolean {
  for (const interval of set) if (inInterval(interval, value)) return true;
  return false;
}

/** Every finite bound value of the set (for splitting a column into elementary segments). */
export function boundValues<T extends Ordered>(set: IntervalSet<T>): T[] {
  const values: T[] = [];
  for (const { lo, hi } of set) {
    if (lo) values.push(lo.value);
    if (hi) values.push(hi.value);
  }
  return values;
}
