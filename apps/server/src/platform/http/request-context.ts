/**
 * Puts a RequestContext on every API request: request id, client ip and the resolved principal.
 * Services receive this context; they never see the Fastify request.
 */
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors.ts';
import { refreshSession, resolvePrincipal, type Principal, type SessionSource } from '../auth/principal.ts';
import type { Permission } from '@flowforge/contracts';
import { isIpAllowed } from './ip-allowlist.ts';

export type RequestContext = { requestId: string; ip: string; principal: Principal | null };

/** A context whose caller is signed in and acts in an account. */
export type TenantContext = RequestContext & { principal: Principal & { accountId: string } };

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

/** Decorates requests with a context and resolves the principal for API routes. */
export function registerRequestContext(app: FastifyInstance, source: SessionSource): void {
  app.decorateRequest('ctx', undefined as unknown as RequestContext);
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { requestId: request.id, ip: request.ip, principal: null };
    if (!request.url.startsWith('/api/v1/')) return;
    const principal = await resolvePrincipal(source, request.headers);
    if (principal?.isRefreshDue) reply.header('set-cookie', await refreshSession(source.auth, request.headers));
    request.ctx.principal = principal;
  });
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
