// Turns any error into words for the user, in their language. Known problem codes get a
// translated message; other problems show the server's own title and detail; bugs and 5xx get a
// generic message (the traceId links them to the server log).
import type { ProblemCode } from '@flowforge/contracts';
import { isApiProblem, NETWORK_ERROR_CODE } from './api-problem';
import type { MessageKey, Translate } from './i18n';

export interface ErrorDescription {
  title: string;
  detail: string | undefined;
  traceId: string | undefined;
}

type ClientErrorCode = typeof NETWORK_ERROR_CODE | 'INVALID_EMAIL_OR_PASSWORD' | 'INVALID_PASSWORD' | 'TOO_MANY_REQUESTS';
// better-auth's two-factor and passkey codes (and the passkey rules FlowForge adds).
type MfaErrorCode =
  | 'INVALID_CODE' | 'INVALID_BACKUP_CODE' | 'INVALID_TWO_FACTOR_COOKIE' | 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE'
  | 'ACCOUNT_TEMPORARILY_LOCKED' | 'PASSKEY_NOT_FOUND' | 'INVALID_PASSKEY_NAME' | 'SESSION_NOT_FRESH' | 'CHALLENGE_NOT_FOUND'
  | 'AUTHENTICATION_FAILED' | 'FAILED_TO_VERIFY_REGISTRATION';

const MESSAGE_BY_CODE: Readonly<Partial<Record<ProblemCode | ClientErrorCode | MfaErrorCode, MessageKey>>> = {
  [NETWORK_ERROR_CODE]: 'error.network',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  'rate-limited': 'error.rateLimited',
  'email-taken': 'error.emailTaken',
  'validation-failed': 'error.validationFailed',
  'account-not-found': 'error.accountNotFound',
  'session-not-found': 'error.sessionNotFound',
  'service-unavailable': 'error.unavailable',
  'service-account-not-found': 'serviceAccounts.error.notFound',
  'service-account-disabled': 'serviceAccounts.error.disabled',
  'api-key-not-found': 'serviceAccounts.error.apiKeyNotFound',
  'oauth-client-not-found': 'serviceAccounts.error.clientNotFound',
  'user-not-found': 'users.error.notFound',
  'already-member': 'users.error.alreadyMember',
  'invitation-exists': 'users.error.invitationExists',
  'last-owner': 'users.error.lastOwner',
  'invitation-not-found': 'users.error.invitationNotFound',
  'domain-not-found': 'adminSettings.error.domainNotFound',
  'domain-taken': 'adminSettings.domains.taken',
  'domain-not-verified': 'adminSettings.error.domainNotVerified',
  'ip-allowlist-lockout': 'adminSettings.error.lockout',
  // better-auth answers sign-in failures with its own codes, not problem+json.
  INVALID_EMAIL_OR_PASSWORD: 'auth.invalidCredentials',
  INVALID_PASSWORD: 'security.wrongPassword',
  TOO_MANY_REQUESTS: 'error.rateLimited',
  'mfa-required': 'mfa.required',
  INVALID_CODE: 'mfa.invalidCode',
  INVALID_BACKUP_CODE: 'mfa.invalidRecoveryCode',
  INVALID_TWO_FACTOR_COOKIE: 'mfa.challengeExpired',
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 'mfa.tooManyAttempts',
  ACCOUNT_TEMPORARILY_LOCKED: 'mfa.locked',
  PASSKEY_NOT_FOUND: 'passkey.notFound',
  INVALID_PASSKEY_NAME: 'passkey.invalidName',
  SESSION_NOT_FRESH: 'passkey.sessionNotFresh',
  CHALLENGE_NOT_FOUND: 'passkey.challengeExpired',
  AUTHENTICATION_FAILED: 'passkey.failed',
  FAILED_TO_VERIFY_REGISTRATION: 'passkey.failed',
};

function isKnownCode(code: string): code is keyof typeof MESSAGE_BY_CODE {
  return Object.hasOwn(MESSAGE_BY_CODE, code);
}

export function findMessageForCode(code: string): MessageKey | undefined {
  return isKnownCode(code) ? MESSAGE_BY_CODE[code] : undefined;
}

export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (!isApiProblem(error)) {
    return { title: t('error.title'), detail: t('error.unexpected'), traceId: undefined };
  }
  const key = findMessageForCode(error.code);
  if (key !== undefined) return { title: t(key), detail: undefined, traceId: error.traceId };
  if (error.status >= 500) {
    return { title: t('error.title'), detail: t('error.unexpected'), traceId: error.traceId };
  }
  return { title: error.title, detail: error.detail, traceId: error.traceId };
}
