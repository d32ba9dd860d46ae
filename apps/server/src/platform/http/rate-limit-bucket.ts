/**
 * Token buckets (spec 14.2): a bucket holds `burst` tokens and refills at `perMinute / 60` tokens a
 * second. Pure: the caller passes the time. Buckets live per process; see docs/decisions.
 */

export type RateLimit = { perMinute: number; burst: number };
export type Decision = { allowed: boolean; remaining: number; resetSeconds: number; retryAfterSeconds: number };

export const TIER_LIMITS = {
  free: { perMinute: 60, burst: 10 },
  professional: { perMinute: 300, burst: 50 },
  enterprise: { perMinute: 1000, burst: 100 },
} as const satisfies Record<string, RateLimit>;

/**
 * The floor for people using the web app with their session: one screen loads several resources at
 * once, so the API tiers (meant for integrations) would starve it on Free. See decision 0007.
 */
export const INTERACTIVE_LIMIT: RateLimit = { perMinute: 600, burst: 100 };

/** The more generous of two limits, per field. */
export function atLeast(limit: RateLimit, floor: RateLimit): RateLimit {
  return { perMinute: Math.max(limit.perMinute, floor.perMinute), burst: Math.max(limit.burst, floor.burst) };
}

type Bucket = { tokens: number; updatedAt: number };

/** A set of buckets keyed by caller; forgets buckets that have been full for a while. */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #maxKeys: number;

  constructor(maxKeys = 100_000) {
    this.#maxKeys = maxKeys;
  }

  /** Takes one token from `key`'s bucket if there is one. `now` is in milliseconds. */
  take(key: string, limit: RateLimit, now: number): Decision {
    const ratePerMs = limit.perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: limit.burst, updatedAt: now };
    const tokens = Math.min(limit.burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * ratePerMs);
    const allowed = tokens >= 1;
    const left = allowed ? tokens - 1 : tokens;
    this.#remember(key, { tokens: left, updatedAt: now });
    return {
      allowed,
      remaining: Math.floor(left),
      resetSeconds: Math.ceil((limit.burst - left) / ratePerMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - left) / ratePerMs / 1000)),
    };
  }

  #remember(key: string, bucket: Bucket): void {
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > this.#maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
  }
}
