/**
 * Date arithmetic in the evaluation's zone. Calendar units (days, weeks, months, quarters, years)
 * move the wall clock, so a day is 23 or 25 hours across a DST change and month ends clamp
 * (Jan 31 + 1 month = Feb 29 in a leap year). Time units (hours, minutes, seconds) are elapsed time.
 */
import { addMonths, civilFromDays, daysFromCivil, monthsBetween } from './calendar.ts';
import { Instant, instantOf, PlainDate, plainDateOf } from './temporal.ts';
import { instantFromWallClock, offsetAt, startOfDay, toWallClock, wallClockMs } from './time-zone.ts';

export type DateUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const DAY_MS = 86_400_000;
const TIME_UNIT_MS: Partial<Record<DateUnit, number>> = { hour: 3_600_000, minute: 60_000, second: 1000 };
const UNITS = new Set<string>(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** 'days', 'Day', 'd'? — plural and case are accepted; abbreviations are not. */
export function parseUnit(text: unknown): DateUnit | null {
  if (typeof text !== 'string') return null;
  const unit = text.trim().toLowerCase().replace(/s$/, '');
  return UNITS.has(unit) ? (unit as DateUnit) : null;
}

function monthsOf(unit: DateUnit, amount: number): number | null {
  if (unit === 'year') return amount * 12;
  if (unit === 'quarter') return amount * 3;
  return unit === 'month' ? amount : null;
}

export type Duration = { amount: number; unit: DateUnit };

export function addToDate(date: PlainDate | Instant, { amount, unit }: Duration, zone: string): PlainDate | Instant | null {
  const timeMs = TIME_UNIT_MS[unit];
  if (timeMs !== undefined) {
    const base = date instanceof Instant ? date.ms : startOfDay(date.days, zone);
    return instantOf(base + Math.round(amount * timeMs));
  }
  const whole = Math.trunc(amount);
  const months = monthsOf(unit, whole);
  const days = months === null ? (unit === 'week' ? whole * 7 : whole) : 0;
  if (date instanceof PlainDate) {
    if (months === null) return plainDateOf(date.days + days);
    const { year, month, day } = addMonths(civilFromDays(date.days), months);
    return plainDateOf(daysFromCivil(year, month, day));
  }
  const clock = toWallClock(date.ms, zone);
  const moved = months === null ? { ...clock } : { ...clock, ...addMonths(clock, months) };
  const local = wallClockMs(moved) + days * DAY_MS;
  return instantOf(instantFromWallClock(local, zone));
}

/** Whole units from start to end, truncated toward zero. */
export function dateDifference([start, end]: [PlainDate | Instant, PlainDate | Instant], unit: DateUnit, zone: string): number {
  const timeMs = TIME_UNIT_MS[unit];
  if (start instanceof PlainDate && end instanceof PlainDate && timeMs === undefined) {
    return calendarDifference(start.days * DAY_MS, end.days * DAY_MS, unit);
  }
  const startMs = start instanceof Instant ? start.ms : startOfDay(start.days, zone);
  const endMs = end instanceof Instant ? end.ms : startOfDay(end.days, zone);
  if (timeMs !== undefined) return Math.trunc((endMs - startMs) / timeMs);
  return calendarDifference(startMs + offsetAt(startMs, zone), endMs + offsetAt(endMs, zone), unit);
}

/** Difference of two wall-clock times (ms as if UTC) in calendar units. */
function calendarDifference(startLocal: number, endLocal: number, unit: DateUnit): number {
  if (unit === 'day' || unit === 'week') return Math.trunc((endLocal - startLocal) / (unit === 'day' ? DAY_MS : 7 * DAY_MS)) || 0;
  const divisor = unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1;
  return Math.trunc(wholeMonths(startLocal, endLocal) / divisor) || 0;
}

/** Whole months between wall-clock times, counting the time of day (Jan 31 10:00 → Feb 29 09:00 is 0). */
function wholeMonths(startLocal: number, endLocal: number): number {
  const startDay = Math.floor(startLocal / DAY_MS);
  const timeOfDay = startLocal - startDay * DAY_MS;
  let months = monthsBetween(civilFromDays(startDay), civilFromDays(Math.floor(endLocal / DAY_MS)));
  const shifted = (count: number) => {
    const civil = addMonths(civilFromDays(startDay), count);
    return daysFromCivil(civil.year, civil.month, civil.day) * DAY_MS + timeOfDay;
  };
  if (months > 0 && shifted(months) > endLocal) months -= 1;
  if (months < 0 && shifted(months) < endLocal) months += 1;
  return months;
}
