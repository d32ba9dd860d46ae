// The rate-limit choice of a service account as the form shows it: the account's tier, a tier of
// its own, or custom figures. Converts between that and the API's `rateLimit` setting.
import type { RateLimitSetting } from '@flowforge/contracts';

export const RATE_LIMIT_MODES = ['account', 'free', 'professional', 'enterprise', 'custom'] as const;
export type RateLimitMode = (typeof RATE_LIMIT_MODES)[number];

export interface RateLimitDraft {
  mode: RateLimitMode;
  perMinute: string;
  burst: string;
}

export function draftOf(setting: RateLimitSetting | null): RateLimitDraft {
  if (setting === null) return { mode: 'account', perMinute: '600', burst: '60' };
  if ('tier' in setting) return { mode: setting.tier, perMinute: '600', burst: '60' };
  return { mode: 'custom', perMinute: String(setting.perMinute), burst: String(setting.burst) };
}

/** The setting to send; custom figures are sent as typed (the server checks their range). */
export function settingOf(draft: RateLimitDraft): RateLimitSetting | null {
  if (draft.mode === 'account') return null;
  if (draft.mode === 'custom') return { perMinute: Number(draft.perMinute), burst: Number(draft.burst) };
  return { tier: draft.mode };
}

export function isRateLimitMode(value: string): value is RateLimitMode {
  return (RATE_LIMIT_MODES as readonly string[]).includes(value);
}
