import { describe, expect, it } from 'vitest';
import { normalizeTimeZone } from './time-zone.ts';

describe('normalizeTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['UTC', 'UTC'],
    ['europe/berlin', 'Europe/Berlin'],
  ])('accepts %s as %s', (value, expected) => {
    expect(normalizeTimeZone(value)).toBe(expected);
  });

  it.each(['Mars/Olympus_Mons', 'Berlin', '+01:00', '', '../../etc/passwd', 'Europe/Berlin; drop table users'])('rejects %j', (value) => {
    expect(normalizeTimeZone(value)).toBeNull();
  });
});
