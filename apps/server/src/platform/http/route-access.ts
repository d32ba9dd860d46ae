/**
 * Every /api/v1 route declares who may call it in its `config.access`: a permission from the
 * catalog, or 'public' / 'signed-in' / 'member'. A route without a declaration fails at startup
 * (deny by default), and the check runs before the body is parsed, so a caller without access gets
 * 401/403 whatever they send. A route may also name the account `feature` it belongs to: when the
 * account has switched that module off, the route answers 404 as if it did not exist.
 */
import type { FastifyInstance } from 'fastify';
import type { Permission } from '@flowforge/contracts';
import { DomainError } from '../errors.ts';
import { requireAccount, requirePermission, type RequestContext } from './request-context.ts';

export type RouteAccess = 'public' | 'signed-in' | 'member' | Permission;

/** One /api/v1 route and what it declared; the RBAC matrix test walks these. */
export type DeclaredRoute = { method: string; url: string; access: RouteAccess; feature: string | undefined };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    feature?: string;
  }
  interface FastifyInstance {
    declaredRoutes: DeclaredRoute[];
  }
}

const API_PREFIX = '/api/v1/';

export function registerRouteAccess(app: FastifyInstance): void {
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const access = route.config?.access;
    if (!access) throw new Error(`${String(route.method)} ${route.url} declares no access: add config.access (a permission, 'member', 'signed-in' or 'public').`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') declared.push({ method, url: route.url, access, feature: route.config?.feature });
  });
  app.addHook('onRequest', async (request) => {
    const { access, feature } = request.routeOptions.config;
    if (!access || !request.url.startsWith(API_PREFIX)) return;
    checkAccess(request.ctx, access);
    if (feature && request.ctx.principal?.disabledFeatures.includes(feature)) throw new DomainError('not-found', 'This module is switched off for your account.');
  });
}

export function checkAccess(ctx: RequestContext, access: RouteAccess): void {
  if (access === 'public') return;
  if (access === 'signed-in') {
    if (!ctx.principal) throw new DomainError('unauthenticated', 'Sign in to use this endpoint.');
    return;
  }
  if (access === 'member') requireAccount(ctx);
  else requirePermission(ctx, access);
}
