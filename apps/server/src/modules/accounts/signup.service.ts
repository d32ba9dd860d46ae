/**
 * Sign-up: creates the person (better-auth), their account (tenant) and an owner membership, and
 * returns the session cookie. If the account cannot be created the new user is removed again, so a
 * failed sign-up can be retried with the same e-mail.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { SignUpBody, SignUpResponse } from '@flowforge/contracts';
import { assertNoPasswordIssues, checkPassword, DEFAULT_PASSWORD_POLICY } from '../../platform/auth/password-policy.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { withUser } from '../../platform/db/with-tenant.ts';
import { createAccountFor } from './account-creation.ts';
import { deleteUser } from './accounts.repository.ts';

export type SignUpResult = SignUpResponse & { cookies: string[] };

export async function signUp(platform: Platform, body: SignUpBody, meta: { headers: IncomingHttpHeaders; ip: string; requestId: string }): Promise<SignUpResult> {
  // No account exists yet, so the default policy applies (NIST 800-63B: length and the breached list).
  assertNoPasswordIssues(checkPassword(body.password, DEFAULT_PASSWORD_POLICY, { email: body.email, name: body.name }), '/password');
  const created = await createUser(platform, body, meta.headers);
  try {
    const account = await createAccountFor(platform, {
      userId: created.userId, sessionId: created.sessionId, name: body.accountName, ip: meta.ip, requestId: meta.requestId,
    });
    return { user: { id: created.userId, email: body.email.toLowerCase(), name: body.name }, account, cookies: created.cookies };
  } catch (error) {
    await withUser(platform.appPool, created.userId, (tx) => deleteUser(tx, created.userId));
    throw error;
  }
}

async function createUser(platform: Platform, body: SignUpBody, headers: IncomingHttpHeaders) {
  try {
    const result = await platform.auth.api.signUpEmail({
      body: { name: body.name, email: body.email, password: body.password },
      headers: fromNodeHeaders(headers),
      returnHeaders: true,
    });
    const session = await platform.auth.api.getSession({ headers: new Headers({ cookie: toCookieHeader(result.headers.getSetCookie()) }) });
    if (!session) throw new Error('better-auth created a user without a session');
    return { userId: result.response.user.id, sessionId: session.session.id, cookies: result.headers.getSetCookie() };
  } catch (error) {
    if (isAPIError(error) && String(error.body?.code).startsWith('USER_ALREADY_EXISTS')) {
      throw new DomainError('email-taken', 'An account with this e-mail address exists already. Sign in instead.', {
        errors: [{ pointer: '/email', message: 'This e-mail address is already registered' }],
      });
    }
    throw error;
  }
}

function toCookieHeader(setCookies: string[]): string {
  return setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
}
