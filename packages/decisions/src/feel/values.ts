/**
 * Crossing between JSON and FEEL values. Inputs arrive as JSON: strings become FEEL dates, times,
 * date-times and durations when their column declares that type. Results leave as JSON: temporal
 * values become their ISO text, functions and ranges become null.
 */
import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelRange, FeelTime, date, dateAndTime, duration, time } from 'feelin';
import type { FeelType } from '@flowforge/contracts';

/** Turns a JSON value into the FEEL value its declared type asks for; other values pass through. */
export function toFeelValue(value: unknown, type: FeelType): unknown {
  if (typeof value !== 'string') return value;
  switch (type) {
    case 'date': return date(value) ?? value;
    case 'time': return time(value) ?? value;
    case 'date and time': return dateAndTime(value) ?? value;
    case 'days and time duration':
    case 'years and months duration': return duration(value) ?? value;
    default: return value;
  }
}

function isTemporal(value: unknown): value is FeelDate | FeelTime | FeelDateTime | FeelDuration {
  return value instanceof FeelDate || value instanceof FeelTime || value instanceof FeelDateTime || value instanceof FeelDuration;
}

/** Turns a FEEL result into plain JSON. */
export function fromFeelValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return typeof value === 'function' ? null : value;
  if (isTemporal(value)) return value.iso;
  if (value instanceof FeelFunction || value instanceof FeelRange) return null;
  if (Array.isArray(value)) return value.map(fromFeelValue);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) out[key] = fromFeelValue(entry);
  return out;
}

/** FEEL equality over JSON results: deep, with numbers compared exactly. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
