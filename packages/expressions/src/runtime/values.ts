/**
 * Runtime values and their semantics: reading plain JS in (`fromJs`), writing plain JS out (`toJs`),
 * emptiness, truthiness, equality and ordering. Lists and records from the host stay as they are and
 * are read lazily, own properties only (no prototype access).
 */
import { compareNumeric, Dec, isNumeric, numericToJs, type Numeric } from './numeric.ts';
import { formatInstant, formatPlainDate, Instant, instantOf, isTemporal, parseTemporal, PlainDate } from './temporal.ts';
import { startOfDay } from './time-zone.ts';

export type Value = null | boolean | string | Numeric | PlainDate | Instant | unknown[] | Record<string, unknown>;

const MAX_DEPTH = 32;
const hasOwn = Object.prototype.hasOwnProperty;

/** Reads any host value: undefined, NaN, functions and symbols become null; a Date an Instant. */
export function fromJs(value: unknown): Value {
  switch (typeof value) {
    case 'number': return Number.isFinite(value) ? value : null;
    case 'string': case 'boolean': return value;
    case 'bigint': return new Dec(value.toString());
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return instantOf(value.getTime());
      return value as Value;
    default: return null;
  }
}

export function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Dec) && !(value instanceof PlainDate) && !(value instanceof Instant);
}

/** An own property of a record, or null (never the prototype chain). */
export function readProperty(record: Record<string, unknown>, name: string): Value {
  return hasOwn.call(record, name) ? fromJs(record[name]) : null;
}

/** Plain JS for the host: exact numbers become numbers, dates ISO strings. */
export function toJs(value: unknown, zone: string, depth = 0): unknown {
  const inner = fromJs(value);
  if (inner === null || typeof inner !== 'object') return inner;
  if (isNumeric(inner)) return numericToJs(inner);
  if (inner instanceof PlainDate) return formatPlainDate(inner);
  if (inner instanceof Instant) return formatInstant(inner, zone);
  return depth >= MAX_DEPTH ? null : containerToJs(inner, zone, depth + 1);
}

function containerToJs(value: unknown[] | Record<string, unknown>, zone: string, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => toJs(item, zone, depth));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: toJs(readProperty(value, key), zone, depth), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** EMPTY: null, '', [] and {} are empty; 0 and false are not. */
export function isEmpty(value: Value): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

/** Conditions: null, false, 0, '' and [] are false; everything else is true. */
export function isTruthy(value: Value): boolean {
  if (value === true) return true;
  if (value === false || value === null || value === '') return false;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof Dec) return !value.isZero();
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** `==`: numbers by value (1 == 1.0), dates by day/instant, lists and records deeply, no coercion. */
export function valuesEqual(a: Value, b: Value, zone: string): boolean {
  return equalAt(a, b, { zone, depth: 0 });
}

type EqualityScope = { zone: string; depth: number };

function equalAt(a: Value, b: Value, scope: EqualityScope): boolean {
  if (a === b) return true;
  if (a === null || b === null || scope.depth > MAX_DEPTH) return false;
  if (isNumeric(a) || isNumeric(b)) return bothNumeric(a, b) && compareNumeric(a as Numeric, b as Numeric) === 0;
  if (isTemporal(a) || isTemporal(b)) return compareMixed(a, b, scope.zone) === 0;
  return containersEqual(a, b, scope);
}

function containersEqual(a: Value, b: Value, scope: EqualityScope): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && listsEqual(a, b, scope);
  return isRecord(a) && isRecord(b) && recordsEqual(a, b, scope);
}

function bothNumeric(a: Value, b: Value): boolean {
  return isNumeric(a) && isNumeric(b);
}

function listsEqual(a: unknown[], b: unknown[], scope: EqualityScope): boolean {
  if (a.length !== b.length) return false;
  const inner = { zone: scope.zone, depth: scope.depth + 1 };
  for (let index = 0; index < a.length; index += 1) {
    if (!equalAt(fromJs(a[index]), fromJs(b[index]), inner)) return false;
  }
  return true;
}

function recordsEqual(a: Record<string, unknown>, b: Record<string, unknown>, scope: EqualityScope): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const inner = { zone: scope.zone, depth: scope.depth + 1 };
  return keys.every((key) => hasOwn.call(b, key) && equalAt(readProperty(a, key), readProperty(b, key), inner));
}

/** Ordering for < > <= >=, MIN, MAX: numbers, texts (code units), booleans and dates; null otherwise. */
export function compareValues(a: Value, b: Value, zone: string): number | null {
  if (a === null || b === null) return null;
  if (isNumeric(a) || isNumeric(b)) return bothNumeric(a, b) ? compareNumeric(a as Numeric, b as Numeric) : null;
  if (typeof a === typeof b && isPlainScalar(a)) return comparePlain(a as string | boolean, b as string | boolean);
  return compareMixed(a, b, zone);
}

function isPlainScalar(value: Value): boolean {
  return typeof value === 'string' || typeof value === 'boolean';
}

function comparePlain(a: string | boolean, b: string | boolean): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dates against dates or ISO strings; a date against a date-time compares its start of day. */
function compareMixed(a: Value, b: Value, zone: string): number | null {
  const left = asTemporal(a, zone);
  const right = asTemporal(b, zone);
  if (!left || !right) return null;
  if (left instanceof PlainDate && right instanceof PlainDate) return Math.sign(left.days - right.days);
  return Math.sign(instantMs(left, zone) - instantMs(right, zone));
}

export function asTemporal(value: Value, zone: string): PlainDate | Instant | null {
  if (value instanceof PlainDate || value instanceof Instant) return value;
  return typeof value === 'string' ? parseTemporal(value, zone) : null;
}

export function instantMs(value: PlainDate | Instant, zone: string): number {
  return value instanceof Instant ? value.ms : startOfDay(value.days, zone);
}

/** A short name of the runtime type, for messages. */
export function describeValue(value: Value): string {
  if (value === null) return 'null';
  if (isNumeric(value)) return 'number';
  if (value instanceof PlainDate) return 'date';
  if (value instanceof Instant) return 'datetime';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'record' : typeof value;
}
