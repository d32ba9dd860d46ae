import type { Limits } from './types.ts';

/** Defaults for every limit; a context or compile option overrides them one by one. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 64,
  maxSourceLength: 100_000,
  maxListLength: 10_000,
  maxSteps: 100_000,
  maxRegexLength: 200,
  maxMatchInputLength: 10_000,
  maxStringLength: 1_000_000,
});

export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  if (!limits) return DEFAULT_LIMITS;
  const merged: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = limits[key];
    if (typeof value === 'number' && value >= 0) merged[key] = value;
  }
  return merged;
}
