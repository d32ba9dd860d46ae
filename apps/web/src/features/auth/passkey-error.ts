// Words for a passkey ceremony that failed: in the browser (prompt closed, device already known)
// or on the server (better-auth's codes, through describeError).
import { describeError } from '../../lib/problem-message';
import type { Translate } from '../../lib/i18n';

const CANCELLED = new Set(['NotAllowedError', 'AbortError']);

export function describePasskeyError(error: unknown, t: Translate): string {
  if (!(error instanceof Error)) return describeError(error, t).title;
  // WebAuthn reports a closed prompt and a timeout alike, on purpose (no probing for credentials).
  if (CANCELLED.has(error.name)) return t('passkey.cancelled');
  if ('code' in error && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return t('passkey.alreadyRegistered');
  return describeError(error, t).title;
}
