/**
 * Applies the token buckets to /api requests: keyed per service account when one calls (API key or
 * access token: all its credentials share one bucket, apart from the account's people), per user
 * when signed in, else per client IP — also for requests whose credential was refused. Limits come
 * from the account's tier (spec 14.2); the Custom tier uses the account's own `rate_limit`; a
 * service account may have a tier or custom limits of its own (spec 3.7). People signed in with a
 * session get at least INTERACTIVE_LIMIT (decision 0007). Answers 429 with Retry-After and
 * RateLimit-* headers.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem-handler.ts';
import { atLeast, INTERACTIVE_LIMIT, TIER_LIMITS, TokenBuckets, type RateLimit } from './rate-limit-bucket.ts';

export function registerRateLimit(app: FastifyInstance, now: () => number = Date.now): void {
  const buckets = new TokenBuckets();
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const limit = limitFor(request);
    const decision = buckets.take(keyFor(request), limit, now());
    reply.header('ratelimit-limit', String(limit.burst));
    reply.header('ratelimit-remaining', String(decision.remaining));
    reply.header('ratelimit-reset', String(decision.resetSeconds));
    reply.header('ratelimit-policy', `${limit.burst};w=${Math.round((limit.burst * 60) / limit.perMinute)}`);
    if (decision.allowed) return;
    return sendProblem(request, reply, {
      code: 'rate-limited',
      detail: `You have sent too many requests. Try again in ${decision.retryAfterSeconds} s.`,
      headers: { 'retry-after': String(decision.retryAfterSeconds) },
    });
  });
}

function limitFor(request: FastifyRequest): RateLimit {
  const principal = request.ctx.principal;
  if (!principal) return TIER_LIMITS.free;
  const limit = principal.tier === 'custom' ? principal.customRateLimit ?? TIER_LIMITS.enterprise : TIER_LIMITS[principal.tier];
  return principal.kind === 'user' ? atLeast(limit, INTERACTIVE_LIMIT) : limit;
}

function keyFor(request: FastifyRequest): string {
  const principal = request.ctx.principal;
  if (principal?.serviceAccountId) return `service:${principal.serviceAccountId}`;
  if (principal) return `user:${principal.userId}`;
  return `ip:${request.ip}`;
}
