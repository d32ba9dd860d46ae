/**
 * Splitting a column's values into elementary segments: every bound any entry of the column uses
 * becomes a point segment, and the stretches between bounds become open segments, so each entry
 * accepts a segment entirely or not at all. A segment carries one representative value, which is
 * what witnesses show. Segments are ordered numbers, strings, dates, true, false, null.
 */
import type { Condition, ValueKind } from './condition.ts';
import { dayNumber } from './days.ts';
import { boundValues, contains, type Interval, type Ordered } from './interval-set.ts';
import { emptyBits, setBit, type Bitset } from './bitset.ts';

export interface Segment {
  kind: ValueKind;
  /** For numbers, strings and dates: the stretch of values (dates as day numbers). */
  interval: Interval<Ordered> | null;
  /** A value of the segment (dates as day numbers). */
  value: Ordered | boolean | null;
}

type Between = (lo: Ordered | null, hi: Ordered | null) => Ordered | null;

const inside = (x: Ordered, lo: Ordered | null, hi: Ordered | null) => (lo === null || x > lo) && (hi === null || x < hi);
const firstInside = (candidates: Ordered[], lo: Ordered | null, hi: Ordered | null) => candidates.find((x) => (typeof x !== 'number' || Number.isFinite(x)) && inside(x, lo, hi)) ?? null;

/** A readable number strictly between two bounds (integers preferred). */
const numberBetween: Between = (lo, hi) => {
  if (lo === null && hi === null) return 0;
  const a = lo as number;
  const b = hi as number;
  if (lo === null) return firstInside([Math.ceil(b) - 1, b - Math.abs(b) - 1, -Number.MAX_VALUE], null, b);
  if (hi === null) return firstInside([Math.floor(a) + 1, a + Math.abs(a) + 1, Number.MAX_VALUE], a, null);
  return firstInside([Math.floor(a) + 1, (a + b) / 2], a, b);
};

const DEFAULT_DAY = dayNumber(2000, 1, 1) ?? 0;

const dayBetween: Between = (lo, hi) => {
  if (lo === null && hi === null) return DEFAULT_DAY;
  if (lo === null) return (hi as number) - 1;
  return firstInside([(lo as number) + 1], lo, hi);
};

const STRING_CANDIDATES = ['other', 'x', 'a', 'A', '0', ' ', ''];

const stringBetween: Between = (lo, hi) => {
  const extensions = lo === null ? [] : ['a', '0', ' ', '\u0000'].map((suffix) => `${lo}${suffix}`);
  return firstInside([...STRING_CANDIDATES, ...extensions], lo, hi);
};

const BETWEEN: Record<'number' | 'string' | 'date', Between> = { number: numberBetween, string: stringBetween, date: dayBetween };

/** A value strictly between two bounds (null = unbounded), or null when there is none. */
export function valueBetween(kind: 'number' | 'string' | 'date', lo: Ordered | null, hi: Ordered | null): Ordered | null {
  return BETWEEN[kind](lo, hi);
}

/** Every bound the conditions use for one ordered kind, sorted. */
export function sortedBounds(kind: 'number' | 'string' | 'date', conditions: readonly Condition[]): Ordered[] {
  const values = new Set<Ordered>();
  for (const condition of conditions) for (const value of boundValues<Ordered>(condition[kind])) values.add(value);
  const sorted = [...values];
  return kind === 'string' ? (sorted as string[]).sort() : (sorted as number[]).sort((a, b) => a - b);
}

function openSegment(kind: 'number' | 'string' | 'date', lo: Ordered | null, hi: Ordered | null): Segment | null {
  const value = BETWEEN[kind](lo, hi);
  if (value === null) return null;
  return { kind, value, interval: { lo: lo === null ? null : { value: lo, closed: false }, hi: hi === null ? null : { value: hi, closed: false } } };
}

function orderedSegments(kind: 'number' | 'string' | 'date', conditions: readonly Condition[]): Segment[] {
  const bounds = sortedBounds(kind, conditions);
  const segments: Segment[] = [];
  let previous: Ordered | null = null;
  for (const bound of bounds) {
    const gap = openSegment(kind, previous, bound);
    if (gap) segments.push(gap);
    segments.push({ kind, value: bound, interval: { lo: { value: bound, closed: true }, hi: { value: bound, closed: true } } });
    previous = bound;
  }
  const last = openSegment(kind, previous, null);
  if (last) segments.push(last);
  return segments;
}

/** Whether the condition accepts the segment (it accepts all of it or none of it). */
export function acceptsSegment(condition: Condition, segment: Segment): boolean {
  const { kind, value } = segment;
  switch (kind) {
    case 'boolean': return value === true ? condition.true : condition.false;
    case 'null': return condition.null;
    case 'string': return contains(condition.string, value as string);
    default: return contains(condition[kind], value as number);
  }
}

interface KindRange {
  start: number;
  end: number;
}

const layouts = new WeakMap<readonly Segment[], Map<ValueKind, KindRange>>();

/** Where each kind's segments sit in the (kind-grouped, value-sorted) segment list. */
function layoutOf(segments: readonly Segment[]): Map<ValueKind, KindRange> {
  let layout = layouts.get(segments);
  if (layout) return layout;
  layout = new Map();
  segments.forEach((segment, s) => {
    const range = layout?.get(segment.kind);
    if (range) range.end = s + 1;
    else layout?.set(segment.kind, { start: s, end: s + 1 });
  });
  layouts.set(segments, layout);
  return layout;
}

/** First index in [start, end) where `test` holds, for a test that stays true once it holds. */
function firstWhere(range: KindRange, test: (s: number) => boolean): number {
  let lo = range.start;
  let hi = range.end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Marking {
  bits: Bitset;
  segments: readonly Segment[];
  range: KindRange;
}

function markInterval({ bits, segments, range }: Marking, interval: Interval<Ordered>): void {
  const valueAt = (s: number) => segments[s]?.value as Ordered;
  const { lo, hi } = interval;
  const first = lo ? firstWhere(range, (s) => (lo.closed ? valueAt(s) >= lo.value : valueAt(s) > lo.value)) : range.start;
  const end = hi ? firstWhere(range, (s) => (hi.closed ? valueAt(s) > hi.value : valueAt(s) >= hi.value)) : range.end;
  for (let s = first; s < end; s += 1) setBit(bits, s);
}

/** The segments a condition accepts, as bits (interval bounds found by binary search). */
export function acceptedSegments(condition: Condition, segments: readonly Segment[]): Bitset {
  const bits = emptyBits(segments.length);
  const layout = layoutOf(segments);
  for (const kind of ['number', 'string', 'date'] as const) {
    const range = layout.get(kind);
    if (range) for (const interval of condition[kind] as readonly Interval<Ordered>[]) markInterval({ bits, segments, range }, interval);
  }
  segments.forEach((segment, s) => {
    if ((segment.kind === 'boolean' || segment.kind === 'null') && acceptsSegment(condition, segment)) setBit(bits, s);
  });
  return bits;
}

/**
 * The segments of a column whose values are of `kinds`, split at every bound of `conditions`, and
 * limited to what `domain` (the column's allowed values) accepts.
 */
export function columnSegments(kinds: ReadonlySet<ValueKind>, conditions: readonly Condition[], domain: Condition | null): Segment[] {
  const all = domain ? [...conditions, domain] : conditions;
  const segments: Segment[] = [];
  for (const kind of ['number', 'string', 'date'] as const) if (kinds.has(kind)) segments.push(...orderedSegments(kind, all));
  if (kinds.has('boolean')) segments.push({ kind: 'boolean', value: true, interval: null }, { kind: 'boolean', value: false, interval: null });
  if (kinds.has('null')) segments.push({ kind: 'null', value: null, interval: null });
  return domain ? segments.filter((segment) => acceptsSegment(domain, segment)) : segments;
}
