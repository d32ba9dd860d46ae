/**
 * What kind of FEEL value a JavaScript value is, as feelin represents them: numbers, strings and
 * booleans as themselves, lists as arrays, contexts as plain objects, temporal values, durations,
 * ranges and functions as feelin's classes.
 */
import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelRange, FeelTime } from 'feelin';

export type FeelKind =
  | 'null' | 'number' | 'string' | 'boolean' | 'date' | 'time' | 'date and time'
  | 'days and time duration' | 'years and months duration' | 'list' | 'context' | 'range' | 'function';

function objectKind(value: object): FeelKind {
  if (Array.isArray(value)) return 'list';
  if (value instanceof FeelDate) return 'date';
  if (value instanceof FeelDateTime) return 'date and time';
  if (value instanceof FeelTime) return 'time';
  if (value instanceof FeelDuration) return value.yearsMonths ? 'years and months duration' : 'days and time duration';
  if (value instanceof FeelRange) return 'range';
  if (value instanceof FeelFunction) return 'function';
  return 'context';
}

export function feelKind(value: unknown): FeelKind {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number': return 'number';
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'function': return 'function';
    case 'object': return objectKind(value);
    default: return 'null';
  }
}

/** A FEEL context: a plain object that is none of feelin's value classes. */
export function isContextValue(value: unknown): value is Record<string, unknown> {
  return feelKind(value) === 'context';
}
