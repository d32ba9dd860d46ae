/**
 * Crossing between JSON and FEEL values. Inputs arrive as JSON: strings become FEEL dates, times,
 * date-times and durations when their column declares that type. Results leave as JSON: temporal
 * values become their ISO text, functions and ranges become null.
 */
import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelRange, FeelTime, date, dateAndTime, duration, time } from 'feelin';
import type { FeelType } from '@flowforge/contracts';

const PARSERS: Partial<Record<FeelType, (text: string) => unknown>> = {
  date,
  time,
  'date and time': dateAndTime,
  'days and time duration': duration,
  'years and months duration': duration,
};

/**
 * Parsed temporal values by type and text. feelin's parsers cost far more than a table's rule
 * tests, and a batch repeats the same dates; FEEL temporal values are immutable, so sharing is safe.
 */
const parsed = new Map<string, unknown>();
const PARSED_MAX = 10_000;

/** Turns a JSON value into the FEEL value its declared type asks for; other values pass through. */
export function toFeelValue(value: unknown, type: FeelType): unknown {
  const parse = PARSERS[type];
  if (typeof value !== 'string' || !parse) return value;
  const key = `${type}\u0000${value}`;
  const cached = parsed.get(key);
  if (cached !== undefined) return cached;
  const result = parse(value) ?? value;
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(key, result);
  return result;
}

function isTemporal(value: object): value is FeelDate | FeelTime | FeelDateTime | FeelDuration {
  return value instanceof FeelDate || value instanceof FeelTime || value instanceof FeelDateTime || value instanceof FeelDuration;
}

function fromFeelObject(value: object): unknown {
  if (isTemporal(value)) return value.iso;
  if (value instanceof FeelFunction || value instanceof FeelRange) return null;
  if (Array.isArray(value)) return value.map(fromFeelValue);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) out[key] = fromFeelValue(entry);
  return out;
}

/** Turns a FEEL result into plain JSON. */
export function fromFeelValue(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === 'function') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'object' ? fromFeelObject(value) : value;
}

function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

function sameList(a: object, b: object): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
}

/** FEEL equality over JSON results: deep, with numbers compared exactly. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) return sameList(a, b);
  return sameEntries(a as Record<string, unknown>, b as Record<string, unknown>);
}
