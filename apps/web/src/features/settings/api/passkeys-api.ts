// better-auth's passkey endpoints, with the browser's WebAuthn ceremony in between (through
// @simplewebauthn/browser, which converts the JSON options to and from ArrayBuffers).
import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { apiClient } from '../../../lib/api-client';

export const PASSKEYS_QUERY_KEY = ['passkeys'] as const;

export interface Passkey {
  id: string;
  name: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  /** 'multiDevice' when a password manager or platform syncs it between devices. */
  deviceType: 'singleDevice' | 'multiDevice';
  backedUp: boolean;
}

export function listPasskeys(signal?: AbortSignal): Promise<Passkey[]> {
  return apiClient.get<Passkey[]>('/api/auth/passkey/list-user-passkeys', signal);
}

/** Asks the browser to create a passkey for FlowForge, then stores it under `name`. */
export async function registerPasskey(name: string): Promise<Passkey> {
  const optionsJSON = await apiClient.get<PublicKeyCredentialCreationOptionsJSON>('/api/auth/passkey/generate-register-options');
  const response = await startRegistration({ optionsJSON });
  return apiClient.post<Passkey>('/api/auth/passkey/verify-registration', { response, name });
}

export function renamePasskey(input: { id: string; name: string }): Promise<unknown> {
  return apiClient.post('/api/auth/passkey/update-passkey', input);
}

export function deletePasskey(id: string): Promise<unknown> {
  return apiClient.post('/api/auth/passkey/delete-passkey', { id });
}
