import { describe, expect, it } from 'vitest';
import { draftOf, isRateLimitMode, settingOf } from './rate-limit-form';

describe('rate limit form', () => {
  it.each([
    [null],
    [{ tier: 'professional' as const }],
    [{ perMinute: 120, burst: 20 }],
  ])('round-trips %j', (setting) => {
    expect(settingOf(draftOf(setting))).toEqual(setting);
  });

  it('knows its modes', () => {
    expect(isRateLimitMode('custom')).toBe(true);
    expect(isRateLimitMode('unlimited')).toBe(false);
  });
});
