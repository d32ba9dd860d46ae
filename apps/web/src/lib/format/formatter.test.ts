import { describe, expect, it } from 'vitest';
import { createFormatter } from './formatter';

// 21 Nov 2026, 23:30 UTC: already the 22nd in Berlin, still the 21st in New York.
const MOMENT = Date.UTC(2026, 10, 21, 23, 30, 5);

// ICU versions differ in which space they put before "AM" or "%" (narrow no-break, no-break, plain).
function normalizeSpaces(text: string): string {
  return text.replace(/\s/g, ' ');
}

describe('createFormatter', () => {
  it('formats in the given time zone', () => {
    const berlin = createFormatter({ locale: 'en-GB', timeZone: 'Europe/Berlin' });
    const newYork = createFormatter({ locale: 'en-GB', timeZone: 'America/New_York' });

    expect(berlin.formatDate(MOMENT)).toBe('22 Nov 2026');
    expect(berlin.formatTime(MOMENT)).toBe('00:30');
    expect(newYork.formatDate(MOMENT)).toBe('21 Nov 2026');
    expect(newYork.formatTime(MOMENT)).toBe('18:30');
  });

  it.each([
    ['de', '22.11.2026, 00:30', /^1\.234\.567,5$/],
    ['de-CH', '22.11.2026, 00:30', /^1['’]234['’]567\.5$/],
    ['en-US', 'Nov 22, 2026, 12:30 AM', /^1,234,567\.5$/],
    ['en-GB', '22 Nov 2026, 00:30', /^1,234,567\.5$/],
  ])('formats dates and numbers the %s way', (locale, dateTime, number) => {
    const format = createFormatter({ locale, timeZone: 'Europe/Berlin' });

    expect(normalizeSpaces(format.formatDateTime(MOMENT))).toBe(dateTime);
    expect(format.formatNumber(1234567.5)).toMatch(number);
  });

  it('accepts ISO strings and Date objects as well as epoch milliseconds', () => {
    const format = createFormatter({ locale: 'de', timeZone: 'UTC' });

    expect(format.formatTimestamp('2026-11-21T23:30:05.000Z')).toBe('21.11.2026, 23:30:05');
    expect(format.formatTimestamp(new Date(MOMENT))).toBe('21.11.2026, 23:30:05');
  });

  it('passes number options through', () => {
    const format = createFormatter({ locale: 'de', timeZone: 'UTC' });

    expect(normalizeSpaces(format.formatNumber(0.25, { style: 'percent' }))).toBe('25 %');
  });

  it.each([
    [MOMENT - 5_000, 'en', '5 sec. ago'],
    [MOMENT - 3 * 60_000, 'en', '3 min. ago'],
    [MOMENT - 2 * 3600_000, 'en', '2 hr. ago'],
    [MOMENT - 24 * 3600_000, 'en', 'yesterday'],
    [MOMENT + 2 * 24 * 3600_000, 'en', 'in 2 days'],
    [MOMENT - 3 * 60_000, 'de', 'vor 3 Min.'],
    [MOMENT, 'en', 'now'],
  ])('formats %d relative to now in %s as %j', (then, locale, expected) => {
    expect(createFormatter({ locale }).formatRelative(then, MOMENT)).toBe(expected);
  });

  it('falls back to the browser\'s zone and English for names it does not know', () => {
    const format = createFormatter({ locale: 'not a locale!', timeZone: 'Mars/Olympus_Mons' });

    expect(format.locale).toBe('en');
    expect(format.timeZone).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('reports the zone in force', () => {
    expect(createFormatter({ locale: 'de', timeZone: 'Asia/Tokyo' }).timeZone).toBe('Asia/Tokyo');
  });
});
