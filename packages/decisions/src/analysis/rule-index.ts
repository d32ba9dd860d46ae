/**
 * An index from an input value to the rules whose entry in a column accepts it. A column's
 * entries split its values into segments (every bound is a point, the stretches between bounds
 * are open segments); for each segment the accepting rules are precomputed as bits. Evaluating a
 * table then costs one binary search and one bitwise AND per column instead of one test per rule
 * and column. Only columns whose entries all analyse are indexed, and only values of the described
 * types are looked up: anything else (lists, times, NaN…) is left to the compiled tests, so the
 * index always agrees with them (rule-index.test.ts checks that).
 */
import { FeelDate } from 'feelin';
import { emptyBits, setBit, type Bitset } from './bitset.ts';
import type { Condition, OrderedKind } from './condition.ts';
import { dayOfDate } from './days.ts';
import { contains, type Ordered } from './interval-set.ts';
import { sortedBounds, valueBetween } from './segments.ts';

interface OrderedLookup {
  /** Sorted bounds. */
  bounds: Ordered[];
  /** Rules accepting bound i. */
  points: Bitset[];
  /** Rules accepting the values between bound i-1 and bound i (i = 0: below all, last: above all). */
  gaps: Bitset[];
}

export interface ColumnIndex {
  column: number;
  number: OrderedLookup;
  string: OrderedLookup;
  date: OrderedLookup;
  true: Bitset;
  false: Bitset;
  null: Bitset;
}

export interface RuleIndex {
  /** Bits over rule indexes: every rule. */
  all: Bitset;
  columns: ColumnIndex[];
}

function rulesWhere(conditions: readonly Condition[], accepts: (condition: Condition) => boolean): Bitset {
  const bits = emptyBits(conditions.length);
  conditions.forEach((condition, r) => { if (accepts(condition)) setBit(bits, r); });
  return bits;
}

function orderedLookup(kind: OrderedKind, conditions: readonly Condition[]): OrderedLookup {
  const bounds = sortedBounds(kind, conditions);
  const accepting = (value: Ordered | null) => (value === null ? emptyBits(conditions.length) : rulesWhere(conditions, (c) => contains<Ordered>(c[kind], value)));
  const points = bounds.map((bound) => accepting(bound));
  const gaps = [...bounds, null].map((bound, i) => accepting(valueBetween(kind, i === 0 ? null : (bounds[i - 1] as Ordered), bound)));
  return { bounds, points, gaps };
}

/** Indexes one column from the conditions of all rules (in rule order). */
export function indexColumn(column: number, conditions: readonly Condition[]): ColumnIndex {
  return {
    column,
    number: orderedLookup('number', conditions),
    string: orderedLookup('string', conditions),
    date: orderedLookup('date', conditions),
    true: rulesWhere(conditions, (c) => c.true),
    false: rulesWhere(conditions, (c) => c.false),
    null: rulesWhere(conditions, (c) => c.null),
  };
}

function lookup(table: OrderedLookup, value: Ordered): Bitset {
  const { bounds } = table;
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bounds[mid] as Ordered) < value) lo = mid + 1;
    else hi = mid;
  }
  return (bounds[lo] === value ? table.points[lo] : table.gaps[lo]) as Bitset;
}

/** The rules whose entry accepts `value`, or null when the value's type is not indexed. */
export function rulesAccepting(index: ColumnIndex, value: unknown): Bitset | null {
  if (value === null || value === undefined) return index.null;
  switch (typeof value) {
    case 'number':
      return value === value ? lookup(index.number, value) : null;
    case 'string':
      return lookup(index.string, value);
    case 'boolean':
      return value ? index.true : index.false;
    default: {
      const day = value instanceof FeelDate ? dayOfDate(value) : null;
      return day === null ? null : lookup(index.date, day);
    }
  }
}

/**
 * Indexes every column whose entries all analyse (`conditions[r][c]` null = not analysable) and
 * are not all `-`; returns null when no column qualifies.
 */
export function buildRuleIndex(conditions: readonly (readonly (Condition | null)[])[], dashes: readonly (readonly boolean[])[]): RuleIndex | null {
  const width = conditions[0]?.length ?? 0;
  const columns: ColumnIndex[] = [];
  for (let c = 0; c < width; c += 1) {
    const column = conditions.map((row) => row[c] ?? null);
    if (column.some((condition) => condition === null) || dashes.every((row) => row[c])) continue;
    columns.push(indexColumn(c, column as Condition[]));
  }
  if (columns.length === 0) return null;
  const all = emptyBits(conditions.length);
  for (let r = 0; r < conditions.length; r += 1) setBit(all, r);
  return { all, columns };
}
