import { describe, expect, it } from 'vitest';
import { todayIn } from './today.ts';

describe('todayIn', () => {
  it.each([
    ['UTC', '2026-12-31T23:30:00Z', '2026-12-31'],
    ['Europe/Berlin', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['America/Los_Angeles', '2027-01-01T05:00:00Z', '2026-12-31'],
  ])('gives the day in %s at %s', (zone, instant, day) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
  });
});
