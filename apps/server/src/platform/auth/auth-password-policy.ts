/**
 * Applies the password policy to better-auth's own endpoints before they run: sign-up (no account
 * yet: the default policy), change-password (the policy of the caller's active account) and
 * reset-password (the default policy: the reset link names a user, not an account). A rejected
 * password answers 422 `password-rejected` pointing at the password field.
 */
import type { FastifyRequest } from 'fastify';
import { withTenant } from '../db/with-tenant.ts';
import { assertNoPasswordIssues, checkPassword, DEFAULT_PASSWORD_POLICY, readPasswordPolicy, type PasswordContext, type PasswordPolicy } from './password-policy.ts';
import type { SessionSource } from './principal.ts';

type Endpoint = { field: string; usesAccountPolicy: boolean };

const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  '/api/auth/sign-up/email': { field: 'password', usesAccountPolicy: false },
  '/api/auth/change-password': { field: 'newPassword', usesAccountPolicy: true },
  '/api/auth/reset-password': { field: 'newPassword', usesAccountPolicy: false },
};

function readString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

/** The endpoint, its body and the password it sets; undefined when the request sets none. */
function readPasswordRequest(request: FastifyRequest): { endpoint: Endpoint; body: Record<string, unknown>; password: string } | undefined {
  const endpoint = request.method === 'POST' ? ENDPOINTS[request.url.split('?')[0] ?? ''] : undefined;
  const body = typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : undefined;
  const password = endpoint && body ? readString(body, endpoint.field) : undefined;
  return endpoint && body && password !== undefined ? { endpoint, body, password } : undefined;
}

/** Throws a 422 problem when the request sets a password the applicable policy rejects. */
export async function assertAuthPasswordAllowed(source: SessionSource, request: FastifyRequest): Promise<void> {
  // Missing or malformed fields are better-auth's to reject.
  const found = readPasswordRequest(request);
  if (!found) return;
  const { endpoint, body, password } = found;
  const { policy, context } = endpoint.usesAccountPolicy
    ? await callerPolicy(source, request)
    : { policy: DEFAULT_PASSWORD_POLICY, context: { email: readString(body, 'email'), name: readString(body, 'name') } };
  assertNoPasswordIssues(checkPassword(password, policy, context), `/${endpoint.field}`);
}

async function callerPolicy(source: SessionSource, request: FastifyRequest): Promise<{ policy: PasswordPolicy; context: PasswordContext }> {
  const principal = request.ctx.principal;
  if (!principal) return { policy: DEFAULT_PASSWORD_POLICY, context: {} };
  const context = { email: principal.email, name: principal.name };
  const { accountId } = principal;
  if (!accountId) return { policy: DEFAULT_PASSWORD_POLICY, context };
  const policy = await withTenant(source.appPool, { accountId, userId: principal.userId }, (tx) => readPasswordPolicy(tx, accountId));
  return { policy, context };
}
