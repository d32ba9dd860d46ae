/**
 * CSRF protection for cookie-authenticated mutations on /api/v1. The session cookie is sameSite=lax;
 * on top of that a state-changing request must not come from another origin: its Origin header (or,
 * without one, Sec-Fetch-Site) must match the trusted origins. Requests without a cookie (API keys,
 * scripts) carry no ambient authority and are not checked.
 */
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem-handler.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerCsrfProtection(app: FastifyInstance, trustedOrigins: readonly string[]): void {
  const trusted = new Set(trustedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/v1/') || !request.headers.cookie) return;
    if (isSameOrigin(request.headers, trusted)) return;
    return sendProblem(request, reply, { code: 'csrf-rejected', detail: 'Cross-site requests cannot change data. Reload the page and try again.' });
  });
}

function isSameOrigin(headers: Record<string, string | string[] | undefined>, trusted: Set<string>): boolean {
  const origin = headers.origin;
  if (typeof origin === 'string') return trusted.has(origin) || origin === `http://${String(headers.host)}` || origin === `https://${String(headers.host)}`;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
