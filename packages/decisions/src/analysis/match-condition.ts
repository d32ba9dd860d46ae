/**
 * The fast path of input entries: testing a value against an analysed Condition with plain
 * comparisons instead of a feelin evaluation. Only values of the described types are decided here;
 * for anything else (lists, contexts, times, durations, NaN) `matchCondition` answers `undefined`
 * and compiled tests ask feelin, so the result is always feelin's — except where feelin departs
 * from DMN typing (see condition.ts and match-condition.test.ts).
 */
import { FeelDate } from 'feelin';
import type { Condition } from './condition.ts';
import { contains, type IntervalSet } from './interval-set.ts';
import { dayOfDate } from './days.ts';

function matchObject(condition: Condition, value: object): boolean | undefined {
  if (!(value instanceof FeelDate)) return undefined;
  const day = dayOfDate(value);
  return day === null ? undefined : contains(condition.date, day);
}

/** Whether `value` satisfies `condition`, or undefined when its type is not one the condition describes. */
export function matchCondition(condition: Condition, value: unknown): boolean | undefined {
  if (value === null || value === undefined) return condition.null;
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? undefined : contains(condition.number, value);
    case 'string':
      return contains(condition.string, value);
    case 'boolean':
      return value ? condition.true : condition.false;
    case 'object':
      return matchObject(condition, value);
    default:
      return undefined;
  }
}

/** A test of one value with the scope it was computed in (the shape of compiled input entries). */
export type ValueTest = (value: unknown, scope: Record<string, unknown>) => boolean;

interface NumberInterval {
  lo: number;
  hi: number;
  loClosed: boolean;
  hiClosed: boolean;
}

/** The condition's numbers when they form one interval (`[lo..hi]`, `< x`, `>= x`, `5`). */
function singleNumberInterval(set: IntervalSet<number>): NumberInterval | null {
  const only = set.length === 1 ? set[0] : undefined;
  if (!only) return null;
  return {
    lo: only.lo?.value ?? Number.NEGATIVE_INFINITY,
    hi: only.hi?.value ?? Number.POSITIVE_INFINITY,
    loClosed: only.lo ? only.lo.closed : true,
    hiClosed: only.hi ? only.hi.closed : true,
  };
}

/** The condition's strings when they are single values (`"EU","US"`). */
function stringValues(set: IntervalSet<string>): ReadonlySet<string> | null {
  const values = new Set<string>();
  for (const { lo, hi } of set) {
    if (!lo || !hi || lo.value !== hi.value || !lo.closed || !hi.closed) return null;
    values.add(lo.value);
  }
  return values;
}

function inList(values: readonly string[], value: string): boolean {
  for (let i = 0; i < values.length; i += 1) if (values[i] === value) return true;
  return false;
}

/** Everything a compiled cell needs, precomputed (one object shape for every cell). */
interface CompiledShape {
  condition: Condition;
  fallback: ValueTest;
  single: NumberInterval | null;
  stringList: readonly string[] | null;
  stringSet: ReadonlySet<string> | null;
}

function testNumber(shape: CompiledShape, value: number, scope: Record<string, unknown>): boolean {
  if (value !== value) return shape.fallback(value, scope);
  const { single } = shape;
  if (single === null) return contains(shape.condition.number, value);
  return (single.loClosed ? value >= single.lo : value > single.lo) && (single.hiClosed ? value <= single.hi : value < single.hi);
}

function testString(shape: CompiledShape, value: string): boolean {
  if (shape.stringList !== null) return inList(shape.stringList, value);
  return shape.stringSet !== null ? shape.stringSet.has(value) : contains(shape.condition.string, value);
}

function testOther(shape: CompiledShape, value: unknown, scope: Record<string, unknown>): boolean {
  if (value === null || value === undefined) return shape.condition.null;
  return matchCondition(shape.condition, value) ?? shape.fallback(value, scope);
}

/**
 * Compiles `condition` into one test function, with the common cell shapes (a number interval, a
 * few strings) precomputed. Values the condition does not describe go to `fallback` (feelin).
 * Every cell gets a closure of this one function literal calling module functions, which keeps
 * the evaluator's call sites monomorphic.
 */
export function compileCondition(condition: Condition, fallback: ValueTest): ValueTest {
  const stringSet = stringValues(condition.string);
  const shape: CompiledShape = {
    condition,
    fallback,
    single: singleNumberInterval(condition.number),
    stringList: stringSet && stringSet.size <= 4 ? [...stringSet] : null,
    stringSet,
  };
  return (value, scope) => {
    if (typeof value === 'number') return testNumber(shape, value, scope);
    return typeof value === 'string' ? testString(shape, value) : testOther(shape, value, scope);
  };
}
