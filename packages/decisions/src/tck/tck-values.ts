/**
 * TCK values ↔ FEEL values. Inputs become FEEL values by their xsi:type (decimal and double →
 * number, date / dateTime / time / duration → feelin temporal values, list → list, components →
 * context, nil → null). Results are compared with the expected values by type and value:
 * numbers when they agree to 15 significant digits or differ by less than 1e-8 (feelin computes
 * in doubles while the TCK writes decimals of up to 34 digits, and some expected values are cut to
 * 8 decimals; 1e-8 is the tolerance of the TCK's reference runner), temporal values and durations by value, lists element-wise, contexts by component
 * name (same names), strings and booleans exactly.
 */
import { FeelDate, FeelDateTime, FeelDuration, FeelTime, dateAndTime, duration, parseDate, time } from 'feelin';
import { feelKind } from '../dmn/feel-kind.ts';
import type { TckValue } from './test-cases.ts';

const NUMBER_TYPES = new Set(['decimal', 'double', 'float', 'integer', 'int', 'long', 'short', 'byte']);

/** The value of a typed TCK text; null when feelin cannot represent it (e.g. a negative year). */
function simpleValue(type: string | null, text: string): unknown {
  try {
    return parseSimple(type, text);
  } catch {
    return null;
  }
}

function parseSimple(type: string | null, text: string): unknown {
  if (type === null || type === 'string' || type === 'anySimpleType') return text;
  if (NUMBER_TYPES.has(type)) return Number(text.trim());
  switch (type) {
    case 'boolean': return text.trim() === 'true';
    case 'date': return parseDate(text.trim());
    case 'dateTime': return dateAndTime(text.trim());
    case 'time': return time(text.trim());
    case 'duration': return duration(text.trim());
    default: return text;
  }
}

/** The FEEL value of a TCK value. */
export function toFeel(value: TckValue): unknown {
  switch (value.kind) {
    case 'nil': return null;
    case 'value': return simpleValue(value.type, value.text);
    case 'list': return value.items.map(toFeel);
    case 'components': return Object.fromEntries(value.components.map((component) => [component.name, toFeel(component.value)]));
  }
}

/** The TCK reference runner's absolute tolerance for numbers. */
export const NUMBER_TOLERANCE = 1e-8;

/** Equal at 15 significant digits, or closer than NUMBER_TOLERANCE. */
export function sameNumber(expected: number, actual: number): boolean {
  if (expected === actual) return true;
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false;
  if (Number(expected.toPrecision(15)) === Number(actual.toPrecision(15))) return true;
  return Math.abs(expected - actual) < NUMBER_TOLERANCE;
}

function isoOf(value: unknown): string | null {
  if (value instanceof FeelDate || value instanceof FeelDateTime || value instanceof FeelTime || value instanceof FeelDuration) return value.iso;
  return null;
}

/** UTC written as `Z`, `+00:00` or `-00:00` is one offset. */
function sameZone(iso: string | null): string | null {
  return iso === null ? null : iso.replace(/[+-]00:00$/, 'Z');
}

/** Why `actual` differs from `expected`, or null when they are the same. */
function simpleDifference(expected: { type: string | null; text: string }, actual: unknown): string | null {
  const want = simpleValue(expected.type, expected.text);
  if (typeof want === 'number') return typeof actual === 'number' && sameNumber(want, actual) ? null : 'number';
  if (typeof want === 'string' || typeof want === 'boolean') return want === actual ? null : feelKind(actual);
  const wantIso = isoOf(want);
  if (wantIso === null) return 'unreadable expected value';
  return feelKind(want) === feelKind(actual) && sameZone(wantIso) === sameZone(isoOf(actual)) ? null : feelKind(actual);
}

function listDifference(items: TckValue[], actual: unknown): string | null {
  if (!Array.isArray(actual)) return `expected a list, got ${feelKind(actual)}`;
  if (actual.length !== items.length) return `expected ${items.length} items, got ${actual.length}`;
  for (const [i, item] of items.entries()) {
    const difference = valueDifference(item, actual[i]);
    if (difference !== null) return `item ${i + 1}: ${difference}`;
  }
  return null;
}

function componentsDifference(components: { name: string; value: TckValue }[], actual: unknown): string | null {
  if (feelKind(actual) !== 'context') return `expected a context, got ${feelKind(actual)}`;
  const context = actual as Record<string, unknown>;
  const extra = Object.keys(context).filter((key) => !components.some((component) => component.name === key));
  if (extra.length > 0) return `unexpected entries ${extra.join(', ')}`;
  for (const component of components) {
    if (!(component.name in context) && component.value.kind !== 'nil') return `missing entry ${component.name}`;
    const difference = valueDifference(component.value, context[component.name] ?? null);
    if (difference !== null) return `${component.name}: ${difference}`;
  }
  return null;
}

/** Null when `actual` equals `expected` as the TCK defines it, else a short reason. */
export function valueDifference(expected: TckValue, actual: unknown): string | null {
  switch (expected.kind) {
    case 'nil': return actual === null || actual === undefined ? null : `expected null, got ${feelKind(actual)}`;
    case 'value': {
      const difference = simpleDifference(expected, actual);
      return difference === null ? null : `expected ${expected.text} (${expected.type ?? 'untyped'}), got ${describe(actual)}`;
    }
    case 'list': return listDifference(expected.items, actual);
    case 'components': return componentsDifference(expected.components, actual);
  }
}

/** A short text of a FEEL value for failure messages. */
export function describe(value: unknown): string {
  const iso = isoOf(value);
  if (iso !== null) return `${iso} (${feelKind(value)})`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  try {
    const text = JSON.stringify(value, (_key, inner: unknown) => isoOf(inner) ?? inner);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return feelKind(value);
  }
}
