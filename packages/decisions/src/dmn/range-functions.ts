/**
 * The DMN 1.5 range built-ins feelin leaves unimplemented (§10.3.4.7, table 78): overlaps before,
 * overlaps after, finishes, finished by, during, starts, started by and coincides, each over points
 * and ranges as the specification defines them. Comparisons are FEEL's (`<`, `=`), so they work for
 * numbers, strings, dates, times and durations alike; a comparison FEEL cannot make gives null.
 */
import { FeelFunction, FeelRange } from 'feelin';
import { compileExpression } from '../feel/compile.ts';

class Incomparable extends Error {}

const lessThan = compileExpression('a < b', ['a', 'b']);
const equalTo = compileExpression('a = b', ['a', 'b']);

function lt(a: unknown, b: unknown): boolean {
  const result = lessThan({ a, b });
  if (typeof result !== 'boolean') throw new Incomparable();
  return result;
}

function eq(a: unknown, b: unknown): boolean {
  const result = equalTo({ a, b });
  if (typeof result !== 'boolean') throw new Incomparable();
  return result;
}

interface Bounds {
  start: unknown;
  end: unknown;
  si: boolean;
  ei: boolean;
}

const bounds = (range: FeelRange): Bounds => ({ start: range.start, end: range.end, si: range['start included'], ei: range['end included'] });
const isRange = (value: unknown): value is FeelRange => value instanceof FeelRange;

const startsBefore = (r1: Bounds, r2: Bounds) => lt(r1.start, r2.start) || (eq(r1.start, r2.start) && r1.si && !r2.si);
const endReachesStart = (r1: Bounds, r2: Bounds) => lt(r2.start, r1.end) || (eq(r1.end, r2.start) && r1.ei && r2.si);
const endsBefore = (r1: Bounds, r2: Bounds) => lt(r1.end, r2.end) || (eq(r1.end, r2.end) && (!r1.ei || r2.ei));

function overlapsBefore(r1: Bounds, r2: Bounds): boolean {
  return startsBefore(r1, r2) && endReachesStart(r1, r2) && endsBefore(r1, r2);
}

function finishes(r1: Bounds, r2: Bounds): boolean {
  return r1.ei === r2.ei && eq(r1.end, r2.end) && (lt(r2.start, r1.start) || (eq(r1.start, r2.start) && (!r1.si || r2.si)));
}

function during(r1: Bounds, r2: Bounds): boolean {
  return (lt(r2.start, r1.start) || (eq(r2.start, r1.start) && (r2.si || !r1.si)))
    && (lt(r1.end, r2.end) || (eq(r2.end, r1.end) && (r2.ei || !r1.ei)));
}

function starts(r1: Bounds, r2: Bounds): boolean {
  return eq(r1.start, r2.start) && r1.si === r2.si && (lt(r1.end, r2.end) || (eq(r1.end, r2.end) && (!r1.ei || r2.ei)));
}

function pointDuring(point: unknown, r: Bounds): boolean {
  return (lt(r.start, point) && lt(point, r.end)) || (eq(r.start, point) && r.si) || (eq(r.end, point) && r.ei);
}

type Relation = (a: unknown, b: unknown) => boolean | null;

interface RelationRules {
  ranges: (r1: Bounds, r2: Bounds) => boolean;
  pointRange?: (p: unknown, r: Bounds) => boolean;
  rangePoint?: (r: Bounds, p: unknown) => boolean;
  points?: (p: unknown, q: unknown) => boolean;
}

/** The rule for the arguments' shapes (range-range, point-range, range-point, point-point), if any. */
function ruleFor(rules: RelationRules, a: unknown, b: unknown): (() => boolean) | null {
  if (isRange(a)) {
    if (isRange(b)) return () => rules.ranges(bounds(a), bounds(b));
    const rangePoint = rules.rangePoint;
    return rangePoint ? () => rangePoint(bounds(a), b) : null;
  }
  if (isRange(b)) {
    const pointRange = rules.pointRange;
    return pointRange ? () => pointRange(a, bounds(b)) : null;
  }
  const points = rules.points;
  return points ? () => points(a, b) : null;
}

function relation(rules: RelationRules): Relation {
  return (a, b) => {
    if (a === null || a === undefined || b === null || b === undefined) return null;
    const rule = ruleFor(rules, a, b);
    if (!rule) return null;
    try {
      return rule();
    } catch (error) {
      if (error instanceof Incomparable) return null;
      throw error;
    }
  };
}

/** A FEEL function taking either signature's parameter names (e.g. point/range or range1/range2). */
function builtin(apply: Relation, names: readonly string[]): FeelFunction {
  return new FeelFunction((...[a, b, c, d]: unknown[]) => apply(a ?? c, b ?? d), [...names]);
}

const RANGES = ['range1', 'range2'];

export const RANGE_FUNCTIONS: Record<string, FeelFunction> = {
  'overlaps before': builtin(relation({ ranges: overlapsBefore }), RANGES),
  'overlaps after': builtin(relation({ ranges: (r1, r2) => overlapsBefore(r2, r1) }), RANGES),
  finishes: builtin(relation({ ranges: finishes, pointRange: (p, r) => r.ei && eq(r.end, p) }), ['point', 'range', ...RANGES]),
  'finished by': builtin(relation({ ranges: (r1, r2) => finishes(r2, r1), rangePoint: (r, p) => r.ei && eq(r.end, p) }), ['range', 'point', ...RANGES]),
  during: builtin(relation({ ranges: during, pointRange: pointDuring }), ['point', 'range', ...RANGES]),
  starts: builtin(relation({ ranges: starts, pointRange: (p, r) => r.si && eq(r.start, p) }), ['point', 'range', ...RANGES]),
  'started by': builtin(relation({ ranges: (r1, r2) => starts(r2, r1), rangePoint: (r, p) => r.si && eq(r.start, p) }), ['range', 'point', ...RANGES]),
  coincides: builtin(relation({ ranges: (r1, r2) => eq(r1.start, r2.start) && r1.si === r2.si && eq(r1.end, r2.end) && r1.ei === r2.ei, points: eq }), ['point1', 'point2', ...RANGES]),
};
