/**
 * GET /api/v1/events: a Server-Sent-Event stream of the active account's realtime events (and the
 * user's own). Fed by the process's LISTEN connection, so an event published by any server process
 * reaches every browser. A comment every 25 s keeps proxies from closing the stream.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAccount } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import type { RealtimeEvent } from '../../platform/realtime.ts';

const HEARTBEAT_MS = 25_000;

export function eventRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/events', { config: { access: 'member' }, schema: { tags: ['Realtime'], summary: 'Server-Sent Events for the active account' } }, async (request, reply) => {
      const { principal } = requireAccount(request.ctx);
      const headers = { ...reply.getHeaders(), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' };
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, headers as Record<string, string>);
      stream.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
      const send = (event: RealtimeEvent) => stream.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
      const unsubscribe = platform.realtime.subscribe({ accountId: principal.accountId, userId: principal.userId, send, close: () => stream.end() });
      const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    });
  };
}
