/**
 * Puts a RequestContext on every API request: request id, client ip and the resolved principal.
 * Services receive this context; they never see the Fastify request. The credential is, in this
 * order: `X-API-Key`, `Authorization: Bearer <access token>`, else the session cookie. A present
 * but unusable API key or token is refused (401/403) — by `registerCredentialCheck`, after the rate
 * limit, so failed attempts count against the caller's IP — and never treated as anonymous.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';
import { resolveApiKeyPrincipal } from '../auth/api-key-principal.ts';
import { resolveBearerPrincipal, type BearerSource } from '../auth/bearer-principal.ts';
import { refreshSession, resolvePrincipal, type Principal, type SessionSource } from '../auth/principal.ts';
import type { Permission } from '@flowforge/contracts';
import { isIpAllowed } from './ip-allowlist.ts';

export type RequestContext = { requestId: string; ip: string; principal: Principal | null };

/** A context whose caller is signed in and acts in an account. */
export type TenantContext = RequestContext & { principal: Principal & { accountId: string } };

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    /** Why the API key or access token the request carries was refused (thrown by registerCredentialCheck). */
    credentialError: DomainError | null;
  }
}

type ServiceCredential = { kind: 'api-key'; key: string } | { kind: 'bearer'; token: string };

/** Decorates requests with a context and resolves the principal for API routes. */
export function registerRequestContext(app: FastifyInstance, source: SessionSource & BearerSource): void {
  app.decorateRequest('ctx', undefined as unknown as RequestContext);
  app.decorateRequest('credentialError', null);
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { requestId: request.id, ip: request.ip, principal: null };
    request.credentialError = null;
    if (request.url.startsWith('/api/auth/')) {
      // better-auth answers these itself; the principal lets the rate limit count a signed-in
      // person's calls per user, and the password-policy and MFA-audit steps know the caller.
      request.ctx.principal = await resolvePrincipal(source, request.headers);
      return;
    }
    if (!request.url.startsWith('/api/v1/')) return;
    const credential = readServiceCredential(request);
    if (credential) {
      await resolveServiceCredential(request, { source, credential });
      return;
    }
    const principal = await resolvePrincipal(source, request.headers);
    if (principal?.isRefreshDue) reply.header('set-cookie', await refreshSession(source.auth, request.headers));
    request.ctx.principal = principal;
  });
}

/** Refuses a request whose API key or access token was unusable; register it after the rate limit. */
export function registerCredentialCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.credentialError) throw request.credentialError;
  });
}

function readServiceCredential(request: FastifyRequest): ServiceCredential | null {
  const apiKey = request.headers['x-api-key'];
  if (apiKey !== undefined) return { kind: 'api-key', key: Array.isArray(apiKey) ? '' : apiKey.trim() };
  const match = /^Bearer\s+(.*)$/i.exec(request.headers.authorization ?? '');
  return match ? { kind: 'bearer', token: (match[1] ?? '').trim() } : null;
}

async function resolveServiceCredential(request: FastifyRequest, { source, credential }: { source: BearerSource; credential: ServiceCredential }): Promise<void> {
  try {
    request.ctx.principal = credential.kind === 'api-key'
      ? await resolveApiKeyPrincipal(source.appPool, { key: credential.key, ip: request.ip })
      : await resolveBearerPrincipal(source, credential.token);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    request.credentialError = error;
  }
}

/**
 * Throws unless signed in with an active account that may be used from here: 401 without a
 * session, 403 outside the account's IP allowlist or before enrolling in MFA the account requires.
 */
export function requireAccount(ctx: RequestContext): TenantContext {
  const principal = ctx.principal;
  if (!principal) throw new DomainError('unauthenticated', 'Sign in to use this endpoint.');
  if (!principal.accountId) throw new DomainError('forbidden', 'You are not a member of any account.');
  if (!isIpAllowed(ctx.ip, principal.ipAllowlist)) {
    throw new DomainError('ip-not-allowed', `This account can only be used from its allowed networks; your address ${ctx.ip} is not one of them. Ask an administrator to add it.`);
  }
  if (principal.mfaSetupRequired) throw new DomainError('mfa-required', 'Set up two-factor authentication in My settings → Security to continue.');
  return ctx as TenantContext;
}

/** Throws 401/403 unless the caller's role in the active account grants `permission`. */
export function requirePermission(ctx: RequestContext, permission: Permission): TenantContext {
  const tenant = requireAccount(ctx);
  if (!tenant.principal.permissions.includes(permission)) {
    throw new DomainError('forbidden', `Your role does not include the permission "${permission}".`);
  }
  return tenant;
}
