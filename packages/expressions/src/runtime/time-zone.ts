/**
 * Time-zone offsets through Intl.DateTimeFormat (the zone database of the JS engine). Converts an
 * instant to wall-clock time in a zone and back; a wall time in a DST gap moves forward, an
 * ambiguous one (DST end) takes the earlier instant — Temporal's "compatible" disambiguation.
 */
import { civilFromDays, daysFromCivil } from './calendar.ts';

const DAY_MS = 86_400_000;
const MAX_INTL_MS = 8.64e15 - 2 * DAY_MS;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number };

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    if (formatters.size > 500) formatters.clear();
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the engine knows this IANA zone name. */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && formatterFor(zone) !== null;
}

/** Milliseconds to add to UTC to get wall-clock time in `zone` at `epochMs` (0 for unknown zones). */
export function offsetAt(epochMs: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  const formatter = formatterFor(zone);
  if (!formatter || !(Math.abs(epochMs) < MAX_INTL_MS)) return 0;
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) parts[part.type] = part.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const days = daysFromCivil(year, Number(parts.month), Number(parts.day));
  const wallSeconds = days * 86_400 + Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
  return wallSeconds * 1000 - (epochMs - mod(epochMs, 1000));
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** Wall-clock fields of an instant in a zone. */
export function toWallClock(epochMs: number, zone: string): WallClock {
  const local = epochMs + offsetAt(epochMs, zone);
  const days = Math.floor(local / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  const inDay = local - days * DAY_MS;
  return {
    year, month, day,
    hour: Math.floor(inDay / 3_600_000), minute: Math.floor(inDay / 60_000) % 60, second: Math.floor(inDay / 1000) % 60, millisecond: inDay % 1000,
  };
}

/** Wall-clock milliseconds (as if the zone were UTC) of a civil date and time. */
export function wallClockMs(clock: WallClock): number {
  return daysFromCivil(clock.year, clock.month, clock.day) * DAY_MS + clock.hour * 3_600_000 + clock.minute * 60_000 + clock.second * 1000 + clock.millisecond;
}

/** The instant at which the zone's clock shows `localMs` (see the module note on gaps and folds). */
export function instantFromWallClock(localMs: number, zone: string): number {
  const before = offsetAt(localMs - DAY_MS, zone);
  const after = offsetAt(localMs + DAY_MS, zone);
  const candidates = [localMs - before, localMs - after].filter((instant) => instant + offsetAt(instant, zone) === localMs);
  if (candidates.length > 0) return Math.min(...candidates);
  return localMs - before;
}

/** Today's epoch day in a zone. */
export function epochDayIn(epochMs: number, zone: string): number {
  return Math.floor((epochMs + offsetAt(epochMs, zone)) / DAY_MS);
}

/** The instant at which an epoch day starts in a zone. */
export function startOfDay(epochDay: number, zone: string): number {
  return instantFromWallClock(epochDay * DAY_MS, zone);
}
