/**
 * Mounts better-auth's handler under /api/auth/* through the Fetch bridge, so our hooks (rate limit,
 * security headers, metrics, logs) still apply to its responses. Every Set-Cookie header is passed
 * on (sign-in with two factors sets and clears several cookies in one answer), and second-factor
 * changes are audited (mfa-audit.ts). Passwords set through it must pass the password policy
 * (auth-password-policy.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertAuthPasswordAllowed } from './auth-password-policy.ts';
import { beginAuthAudit, finishAuthAudit } from './mfa-audit.ts';
import type { SessionSource } from './principal.ts';

export function registerAuthRoutes(app: FastifyInstance, source: SessionSource): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      await assertAuthPasswordAllowed(source, request);
      const audit = await beginAuthAudit(source, request);
      const response = await source.auth.handler(toFetchRequest(request));
      reply.code(response.status);
      for (const [name, value] of response.headers) if (name !== 'set-cookie') reply.header(name, value);
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      const body = response.body ? await response.text() : null;
      if (audit && response.ok) {
        // better-auth has committed the change: a failed audit write is logged, not turned into an error.
        await finishAuthAudit(source.appPool, audit, body).catch((error: unknown) => { request.log.error({ err: error }, 'could not audit a second-factor change'); });
      }
      return reply.send(body);
    },
  });
}

function toFetchRequest(request: FastifyRequest): Request {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = request.method !== 'GET' && request.body !== undefined && request.body !== null;
  return new Request(url, { method: request.method, headers, body: hasBody ? JSON.stringify(request.body) : null });
}
