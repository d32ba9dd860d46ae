/**
 * The one catalog of problem codes (RFC 9457). Every code has a status and a title; the server's
 * problem handler and the web app's error rendering both switch on `code`.
 */
export const problemCatalog = {
  'validation-failed': { status: 400, title: 'The request is invalid' },
  'unauthenticated': { status: 401, title: 'Sign in to continue' },
  'forbidden': { status: 403, title: 'You do not have permission to do this' },
  'csrf-rejected': { status: 403, title: 'The request came from another site' },
  'not-found': { status: 404, title: 'Not found' },
  'account-not-found': { status: 404, title: 'Account not found' },
  'session-not-found': { status: 404, title: 'Session not found' },
  'email-taken': { status: 409, title: 'This e-mail address is already registered' },
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
