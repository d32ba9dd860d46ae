/**
 * The one catalog of problem codes (RFC 9457). Every code has a status and a title; the server's
 * problem handler and the web app's error rendering both switch on `code`.
 */
export const problemCatalog = {
  'validation-failed': { status: 400, title: 'The request is invalid' },
  'unauthenticated': { status: 401, title: 'Sign in to continue' },
  'forbidden': { status: 403, title: 'You do not have permission to do this' },
  'csrf-rejected': { status: 403, title: 'The request came from another site' },
  'ip-not-allowed': { status: 403, title: 'Your network address is not allowed for this account' },
  'mfa-required': { status: 403, title: 'This account requires two-factor authentication' },
  'not-found': { status: 404, title: 'Not found' },
  'account-not-found': { status: 404, title: 'Account not found' },
  'session-not-found': { status: 404, title: 'Session not found' },
  'user-not-found': { status: 404, title: 'User not found' },
  'role-not-found': { status: 404, title: 'Role not found' },
  'group-not-found': { status: 404, title: 'Group not found' },
  'team-not-found': { status: 404, title: 'Team not found' },
  'service-account-not-found': { status: 404, title: 'Service account not found' },
  'api-key-not-found': { status: 404, title: 'API key not found' },
  'oauth-client-not-found': { status: 404, title: 'OAuth client not found' },
  'domain-not-found': { status: 404, title: 'Domain not found' },
  'invitation-not-found': { status: 404, title: 'Invitation not found or expired' },
  'decision-not-found': { status: 404, title: 'Decision not found' },
  'decision-version-not-found': { status: 404, title: 'Decision version not found' },
  'email-taken': { status: 409, title: 'This e-mail address is already registered' },
  'conflict': { status: 409, title: 'The request conflicts with the current state' },
  'name-taken': { status: 409, title: 'This name is already in use' },
  'already-member': { status: 409, title: 'This person is already a member' },
  'invitation-exists': { status: 409, title: 'This person has already been invited' },
  'last-owner': { status: 409, title: 'The account needs at least one owner' },
  'system-role': { status: 409, title: 'System roles cannot be changed or deleted' },
  'service-account-disabled': { status: 409, title: 'This service account is disabled' },
  'decision-draft-exists': { status: 409, title: 'This decision already has a draft' },
  'decision-draft-stale': { status: 409, title: 'The draft has changed since you loaded it' },
  'decision-no-draft': { status: 409, title: 'This decision has no draft' },
  'decision-not-active': { status: 409, title: 'This decision has no active version' },
  'decision-kind-mismatch': { status: 409, title: 'This operation does not apply to this kind of decision' },
  'decision-scenarios-stale': { status: 409, title: 'The scenarios have changed since you loaded them' },
  'decision-invalid': { status: 422, title: 'The decision has errors' },
  'decision-evaluation-failed': { status: 422, title: 'The decision could not be evaluated' },
  'decision-no-scenarios': { status: 422, title: 'This decision has no saved test scenarios' },
  'dmn-import-failed': { status: 422, title: 'The DMN file could not be imported' },
  'unprocessable': { status: 422, title: 'The request cannot be processed' },
  'password-rejected': { status: 422, title: 'The password does not meet the password policy' },
  'ip-allowlist-lockout': { status: 422, title: 'The IP allowlist would lock you out' },
  'domain-not-verified': { status: 422, title: 'The domain could not be verified' },
  'domain-taken': { status: 409, title: 'This domain is already in use' },
  'smtp-not-configured': { status: 422, title: 'No SMTP server is configured' },
  'mail-delivery-failed': { status: 422, title: 'The mail server did not accept the e-mail' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body has an unsupported media type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Something went wrong on our side' },
  'service-unavailable': { status: 503, title: 'The service is temporarily unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCatalog;

export const PROBLEM_TYPE_BASE = 'https://flowforge.dev/problems/';

/** Builds the `type` URI of a problem code. */
export function problemType(code: ProblemCode): string {
  return `${PROBLEM_TYPE_BASE}${code}`;
}
