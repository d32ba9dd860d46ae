/**
 * Mounts better-auth's handler under /api/auth/* through the Fetch bridge, so our hooks (rate limit,
 * security headers, metrics, logs) still apply to its responses.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Auth } from './auth.ts';

export function registerAuthRoutes(app: FastifyInstance, auth: Auth): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      const response = await auth.handler(toFetchRequest(request));
      reply.code(response.status);
      for (const [name, value] of response.headers) if (name !== 'set-cookie') reply.header(name, value);
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      return reply.send(response.body ? await response.text() : null);
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
