// "Sign in with a passkey": the server's challenge (no user named: the browser offers the
// discoverable passkeys it holds for this site), the WebAuthn ceremony, then the session cookie.
import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { apiClient } from '../../../lib/api-client';

export async function signInWithPasskey(): Promise<void> {
  const optionsJSON = await apiClient.get<PublicKeyCredentialRequestOptionsJSON>('/api/auth/passkey/generate-authenticate-options');
  const response = await startAuthentication({ optionsJSON });
  await apiClient.post('/api/auth/passkey/verify-authentication', { response });
}
