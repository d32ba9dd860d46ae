/**
 * Date and time values. A date is `YYYY-MM-DD` (a calendar day, no zone); a time is `HH:mm` or
 * `HH:mm:ss`; a date-time is a UTC instant `YYYY-MM-DDTHH:mm:ss.sssZ`. Typed wall-clock input
 * without an offset is read in the field's zone, else the context's; a date range is `{ start, end }`.
 */
import type { FieldOfType } from '@flowforge/contracts';
import { EMPTY, isBlank, rejected, type CoerceOptions, type Coerced } from './coerced.ts';
import { dateAt, wallTimeToEpoch } from './time-zone.ts';

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_TEXT = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DATE_TIME_TEXT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (DAYS_IN_MONTH[month - 1] as number) + (month === 2 && isLeapYear(year) ? 1 : 0);
}

/** A valid ISO calendar date, or null. */
export function readIsoDate(text: string): string | null {
  const match = DATE_TEXT.exec(text);
  if (!match) return null;
  return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? text : null;
}

/** Seconds since midnight of `HH:mm[:ss]`, or null. */
export function readTimeSeconds(text: string): number | null {
  const match = TIME_TEXT.exec(text);
  if (!match) return null;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

function offsetMs(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (digits.startsWith('-') ? -1 : 1) * minutes * 60_000;
}

/** The instant of an ISO date-time; without an offset it is a wall-clock time in `zone`. */
export function readDateTime(text: string, zone: string): number | null {
  const match = DATE_TIME_TEXT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((index) => Number(match[index] ?? 0)) as [number, number, number, number, number, number];
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offset = match[8];
  if (offset === undefined) return wallTimeToEpoch({ year, month, day, hour, minute, second }, zone) + millis;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs(offset);
}

function zoneOf(field: { timeZone?: string | undefined }, options: CoerceOptions): string {
  return field.timeZone ?? options.timeZone;
}

export function coerceDate(field: FieldOfType<'date'>, raw: unknown, options: CoerceOptions): Coerced {
  if (isBlank(raw)) return EMPTY;
  if (typeof raw !== 'string') return rejected(raw, { code: 'invalid-date' });
  const text = raw.trim();
  const date = readIsoDate(text);
  if (date) return { value: date };
  // a full date-time (e.g. a calculated NOW()) names the day it falls on in the field's zone
  const instant = readDateTime(text, zoneOf(field, options));
  return instant === null ? rejected(raw, { code: 'invalid-date' }) : { value: dateAt(instant, zoneOf(field, options)) };
}

export function coerceTime(_field: FieldOfType<'time'>, raw: unknown): Coerced {
  if (isBlank(raw)) return EMPTY;
  const seconds = typeof raw === 'string' ? readTimeSeconds(raw.trim()) : null;
  if (seconds === null) return rejected(raw, { code: 'invalid-time' });
  const hhmm = `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}`;
  return { value: seconds % 60 === 0 ? hhmm : `${hhmm}:${String(seconds % 60).padStart(2, '0')}` };
}

export function coerceDateTime(field: FieldOfType<'datetime'>, raw: unknown, options: CoerceOptions): Coerced {
  if (isBlank(raw)) return EMPTY;
  let instant: number | null = null;
  if (typeof raw === 'number' && Number.isFinite(raw)) instant = raw;
  if (typeof raw === 'string') instant = readDateTime(raw.trim(), zoneOf(field, options));
  if (instant === null || Math.abs(instant) > 8.64e15) return rejected(raw, { code: 'invalid-datetime' });
  return { value: new Date(instant).toISOString() };
}

function rangeParts(raw: unknown): [unknown, unknown] | null {
  if (Array.isArray(raw)) return raw.length === 2 ? [raw[0], raw[1]] : null;
  if (typeof raw === 'object' && raw !== null) return [(raw as { start?: unknown }).start, (raw as { end?: unknown }).end];
  return null;
}

export function coerceDateRange(field: FieldOfType<'date-range'>, raw: unknown, options: CoerceOptions): Coerced {
  if (isBlank(raw)) return EMPTY;
  const parts = rangeParts(raw);
  if (parts === null) return rejected(raw, { code: 'invalid-date' });
  const dateField = { ...field, type: 'date' } as unknown as FieldOfType<'date'>;
  const [start, end] = parts.map((part) => coerceDate(dateField, part, options)) as [Coerced, Coerced];
  const failed = start.error ?? end.error;
  if (failed) return rejected(raw, failed);
  if (start.value === null && end.value === null) return EMPTY;
  return { value: { start: start.value, end: end.value } };
}
