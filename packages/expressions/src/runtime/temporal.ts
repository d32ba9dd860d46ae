/**
 * Date values inside an evaluation: a `PlainDate` (calendar day, no zone) and an `Instant` (a point
 * in time). At the boundary they become ISO strings: 'YYYY-MM-DD' and an ISO date-time with the
 * offset of the evaluation's zone.
 */
import { civilFromDays, daysFromCivil, daysInMonth } from './calendar.ts';
import { instantFromWallClock, offsetAt, toWallClock } from './time-zone.ts';

const DAY_MS = 86_400_000;
const MAX_EPOCH_DAYS = 100_000_000;

export class PlainDate {
  constructor(readonly days: number) {}
}

export class Instant {
  constructor(readonly ms: number) {}
}

export function isTemporal(value: unknown): value is PlainDate | Instant {
  return value instanceof PlainDate || value instanceof Instant;
}

/** A date if it is in range, otherwise null. */
export function plainDateOf(days: number): PlainDate | null {
  return Number.isFinite(days) && Math.abs(days) <= MAX_EPOCH_DAYS ? new PlainDate(days) : null;
}

export function instantOf(ms: number): Instant | null {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_DAYS * DAY_MS ? new Instant(ms) : null;
}

const DATE_RE = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(-?\d{4,6})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

/** Parses 'YYYY-MM-DD' or an ISO date-time (without offset: wall time in `zone`). */
export function parseTemporal(text: string, zone: string): PlainDate | Instant | null {
  if (text.length > 40) return null;
  const date = DATE_RE.exec(text);
  if (date) return parseDateParts(date[1], date[2], date[3]);
  const match = DATETIME_RE.exec(text);
  const day = match ? parseDateParts(match[1], match[2], match[3]) : null;
  if (!match || !day) return null;
  const timeMs = timeOfDayMs(match);
  if (timeMs === null) return null;
  const localMs = day.days * DAY_MS + timeMs;
  return instantOf(localMs - offsetOf(match, localMs, zone));
}

function timeOfDayMs(match: RegExpExecArray): number | null {
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millisecond = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
  return hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond;
}

/** The offset written in the text ('Z', '+02:00'), or the zone's offset for that wall time. */
function offsetOf(match: RegExpExecArray, localMs: number, zone: string): number {
  if (match[8]) return 0;
  if (!match[9]) return localMs - instantFromWallClock(localMs, zone);
  const offset = (Number(match[10]) * 60 + Number(match[11])) * 60_000;
  return match[9] === '-' ? -offset : offset;
}

function parseDateParts(yearText = '', monthText = '', dayText = ''): PlainDate | null {
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return plainDateOf(daysFromCivil(year, month, day));
}

function pad(value: number, length = 2): string {
  const text = String(Math.abs(value)).padStart(length, '0');
  return value < 0 ? `-${text}` : text;
}

export function formatPlainDate(date: PlainDate): string {
  const { year, month, day } = civilFromDays(date.days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** ISO 8601 with the zone's offset at that instant ('Z' when the offset is zero). */
export function formatInstant(instant: Instant, zone: string): string {
  const clock = toWallClock(instant.ms, zone);
  const offsetMinutes = Math.round(offsetAt(instant.ms, zone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const fraction = clock.millisecond === 0 ? '' : `.${pad(clock.millisecond, 3)}`;
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${fraction}${offset}`;
}
