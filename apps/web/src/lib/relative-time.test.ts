import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

describe('formatRelativeTime', () => {
  it.each([
    [NOW - 5_000, 'en', '5 sec. ago'],
    [NOW - 3 * 60_000, 'en', '3 min. ago'],
    [NOW - 2 * 3600_000, 'en', '2 hr. ago'],
    [NOW - 24 * 3600_000, 'en', 'yesterday'],
    [NOW - 3 * 60_000, 'de', 'vor 3 Min.'],
    [NOW, 'en', 'now'],
  ])('formats %d in %s as %j', (then, locale, expected) => {
    expect(formatRelativeTime(then, NOW, locale)).toBe(expected);
  });
});
