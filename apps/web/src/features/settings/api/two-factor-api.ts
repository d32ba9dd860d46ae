// better-auth's two-factor endpoints (TOTP and recovery codes). Failures arrive as { code, message }
// (INVALID_PASSWORD, INVALID_CODE, …), which ApiProblem reads like problem+json.
import { apiClient } from '../../../lib/api-client';

/** better-auth's view of the session: the one place that says whether TOTP is on. */
export const AUTH_SESSION_QUERY_KEY = ['auth-session'] as const;

export interface AuthSession {
  user: { id: string; email: string; twoFactorEnabled: boolean };
}

export interface TotpSetup {
  totpURI: string;
  backupCodes: string[];
}

export function fetchAuthSession(signal?: AbortSignal): Promise<AuthSession | null> {
  return apiClient.get<AuthSession | null>('/api/auth/get-session', signal);
}

/** Creates a new (not yet active) secret: 2FA switches on with the first verified code. */
export function enableTotp(password: string): Promise<TotpSetup> {
  return apiClient.post<TotpSetup>('/api/auth/two-factor/enable', { password });
}

export function verifyTotp(code: string): Promise<unknown> {
  return apiClient.post('/api/auth/two-factor/verify-totp', { code });
}

export function disableTotp(password: string): Promise<unknown> {
  return apiClient.post('/api/auth/two-factor/disable', { password });
}

export function regenerateRecoveryCodes(password: string): Promise<{ backupCodes: string[] }> {
  return apiClient.post<{ backupCodes: string[] }>('/api/auth/two-factor/generate-backup-codes', { password });
}
