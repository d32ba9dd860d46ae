import { describe, expect, it } from 'vitest';
import { FakeClock } from '@flowforge/test-kit';
import { TIER_LIMITS, TokenBuckets } from './rate-limit-bucket.ts';

describe('TokenBuckets', () => {
  it('allows the burst, then refuses until a token refills', () => {
    const clock = new FakeClock();
    const buckets = new TokenBuckets();

    const burst = Array.from({ length: 10 }, () => buckets.take('u', TIER_LIMITS.free, clock.now()).allowed);
    const eleventh = buckets.take('u', TIER_LIMITS.free, clock.now());
    clock.advance(1000);
    const afterOneSecond = buckets.take('u', TIER_LIMITS.free, clock.now());

    expect(burst.every(Boolean)).toBe(true);
    expect(eleventh).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect(afterOneSecond.allowed).toBe(true);
  });

  it('sustains exactly the tier\'s requests per minute', () => {
    const clock = new FakeClock();
    const buckets = new TokenBuckets();
    let allowed = 0;

    for (let second = 0; second < 600; second += 1) {
      for (let i = 0; i < 20; i += 1) if (buckets.take('u', TIER_LIMITS.professional, clock.now()).allowed) allowed += 1;
      clock.advance(1000);
    }

    // 10 minutes at 300/min plus the initial burst of 50, minus the last second's refill
    expect(allowed).toBeGreaterThanOrEqual(3000);
    expect(allowed).toBeLessThanOrEqual(3050);
  });

  it('keeps callers apart', () => {
    const clock = new FakeClock();
    const buckets = new TokenBuckets();

    for (let i = 0; i < 10; i += 1) buckets.take('a', TIER_LIMITS.free, clock.now());

    expect(buckets.take('a', TIER_LIMITS.free, clock.now()).allowed).toBe(false);
    expect(buckets.take('b', TIER_LIMITS.free, clock.now()).allowed).toBe(true);
  });

  it('forgets the least recently used caller beyond its size', () => {
    const clock = new FakeClock();
    const buckets = new TokenBuckets(2);
    for (let i = 0; i < 10; i += 1) buckets.take('a', TIER_LIMITS.free, clock.now());

    buckets.take('b', TIER_LIMITS.free, clock.now());
    buckets.take('c', TIER_LIMITS.free, clock.now());

    expect(buckets.take('a', TIER_LIMITS.free, clock.now()).allowed).toBe(true);
  });
});
