import { describe, expect, it } from 'vitest';
import { dateAt, dayNumber, isKnownTimeZone, offsetAt, wallTimeAt, wallTimeToEpoch } from './time-zone.ts';

const wall = (text: string) => {
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute, second: 0 };
};
const iso = (epoch: number) => new Date(epoch).toISOString();

describe('time zones', () => {
  it('knows IANA zones and rejects made-up ones', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });

  it('gives the offset in winter and summer', () => {
    expect(offsetAt(Date.UTC(2025, 0, 15), 'Europe/Berlin')).toBe(3_600_000);
    expect(offsetAt(Date.UTC(2025, 6, 15), 'Europe/Berlin')).toBe(7_200_000);
    expect(offsetAt(Date.UTC(2025, 6, 15), 'America/New_York')).toBe(-4 * 3_600_000);
  });

  it('reads a wall-clock time as an instant', () => {
    expect(iso(wallTimeToEpoch(wall('2025-07-01T09:30'), 'Europe/Berlin'))).toBe('2025-07-01T07:30:00.000Z');
    expect(iso(wallTimeToEpoch(wall('2025-01-01T09:30'), 'UTC'))).toBe('2025-01-01T09:30:00.000Z');
  });

  it('moves a time in the spring-forward gap forward', () => {
    // 02:30 does not exist in Berlin on 2025-03-30: it is read as 03:30 CEST
    expect(iso(wallTimeToEpoch(wall('2025-03-30T02:30'), 'Europe/Berlin'))).toBe('2025-03-30T01:30:00.000Z');
  });

  it('takes the earlier instant of a time that happens twice', () => {
    // 02:30 happens twice in Berlin on 2025-10-26: first in CEST (+02:00)
    expect(iso(wallTimeToEpoch(wall('2025-10-26T02:30'), 'Europe/Berlin'))).toBe('2025-10-26T00:30:00.000Z');
  });

  it('names the calendar date of an instant in a zone', () => {
    const lateEvening = Date.UTC(2025, 2, 15, 23, 30);
    expect(dateAt(lateEvening, 'UTC')).toBe('2025-03-15');
    expect(dateAt(lateEvening, 'Europe/Berlin')).toBe('2025-03-16');
    expect(dateAt(lateEvening, 'America/Los_Angeles')).toBe('2025-03-15');
    expect(wallTimeAt(lateEvening, 'Unknown/Zone').hour).toBe(23);
  });

  it('counts days between dates across a DST change', () => {
    expect(dayNumber('2025-03-31') - dayNumber('2025-03-29')).toBe(2);
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});
