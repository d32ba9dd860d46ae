import { apiClient } from '../../../lib/api-client';
import type { Me, SignInBody, SignUpBody, UserPreferences } from './session-types';

export function signUp(body: SignUpBody): Promise<unknown> {
  return apiClient.post('/api/v1/signup', body);
}

/** better-auth's endpoint: failures come as { code, message }, which ApiProblem also reads. */
export function signIn(body: SignInBody): Promise<unknown> {
  return apiClient.post('/api/auth/sign-in/email', body);
}

export function signOut(): Promise<unknown> {
  return apiClient.post('/api/auth/sign-out', {});
}

export function switchActiveAccount(accountId: string): Promise<Me> {
  return apiClient.post<Me>('/api/v1/me/active-account', { accountId });
}

export function updatePreferences(patch: Partial<UserPreferences>): Promise<UserPreferences> {
  return apiClient.patch<UserPreferences>('/api/v1/me/preferences', patch);
}
