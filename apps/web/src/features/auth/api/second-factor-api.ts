// The sign-in's second step (better-auth's two-factor plugin): after a correct password for a user
// with TOTP, the answer is a challenge instead of a session; a short-lived cookie carries it to
// one of the verify endpoints, which set the session cookie.
import { apiClient } from '../../../lib/api-client';

export interface TwoFactorChallenge {
  twoFactorRedirect: true;
  twoFactorMethods: string[];
}

export type SecondFactorMethod = 'totp' | 'recovery-code';

export interface SecondFactorInput {
  method: SecondFactorMethod;
  code: string;
  /** Skip the second step on this browser for 30 days. */
  trustDevice: boolean;
}

export function isTwoFactorChallenge(value: unknown): value is TwoFactorChallenge {
  return typeof value === 'object' && value !== null && (value as { twoFactorRedirect?: unknown }).twoFactorRedirect === true;
}

export function verifySecondFactor({ method, code, trustDevice }: SecondFactorInput): Promise<unknown> {
  const path = method === 'totp' ? '/api/auth/two-factor/verify-totp' : '/api/auth/two-factor/verify-backup-code';
  return apiClient.post(path, { code, trustDevice });
}
