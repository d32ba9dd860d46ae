/**
 * Calendar arithmetic in IANA time zones with Intl only (no clock: every instant is passed in).
 * A wall-clock time that does not exist (DST gap) moves forward by the gap; one that exists twice
 * (DST overlap) is the earlier instant, the same choice as Temporal's `compatible` disambiguation.
 */

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the host's Intl knows the zone. */
export function isKnownTimeZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** The wall-clock time at an instant in a zone (UTC when the zone is unknown). */
export function wallTimeAt(epochMs: number, zone: string): WallTime {
  const formatter = formatterFor(zone) ?? formatterFor('UTC');
  const parts: Record<string, number> = {};
  for (const part of (formatter as Intl.DateTimeFormat).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

function wallTimeAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (Berlin in summer: 7 200 000). */
export function offsetAt(epochMs: number, zone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallTimeAsUtc(wallTimeAt(whole, zone)) - whole;
}

/** The instant of a wall-clock time in a zone (see the module comment for gaps and overlaps). */
export function wallTimeToEpoch(wall: WallTime, zone: string): number {
  const asUtc = wallTimeAsUtc(wall);
  const before = offsetAt(asUtc - DAY_MS, zone);
  const after = offsetAt(asUtc + DAY_MS, zone);
  const candidates = [asUtc - before, asUtc - after].filter((epoch) => wallTimeAsUtc(wallTimeAt(epoch, zone)) === asUtc);
  if (candidates.length === 0) return asUtc - before;
  return Math.min(...candidates);
}

/** The calendar date (`YYYY-MM-DD`) at an instant in a zone. */
export function dateAt(epochMs: number, zone: string): string {
  const wall = wallTimeAt(epochMs, zone);
  return formatIsoDate(wall.year, wall.month, wall.day);
}

export function formatIsoDate(year: number, month: number, day: number): string {
  const yyyy = String(year).padStart(4, '0');
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of an ISO date, for differences between dates. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
