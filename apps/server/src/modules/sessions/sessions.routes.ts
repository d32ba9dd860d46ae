/** HTTP for the signed-in user's sessions. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RevokedSessionsSchema, UserSessionListSchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { listMySessions, revokeMyOtherSessions, revokeMySession } from './sessions.service.ts';

const tags = ['My settings'];

export function sessionRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/me/sessions', { config: { access: 'profile:update' }, schema: { tags, summary: 'Your active sessions, most recently used first', response: { 200: UserSessionListSchema } } },
      async (request) => ({ items: await listMySessions(platform, request.ctx) }));

    app.delete('/me/sessions/:sessionId', {
      config: { access: 'profile:update' },
      schema: { tags, summary: 'Sign one of your sessions out', params: z.object({ sessionId: z.uuid() }), response: { 204: z.null() } },
    }, async (request, reply) => {
      await revokeMySession(platform, request.ctx, request.params.sessionId);
      return reply.code(204).send(null);
    });

    app.post('/me/sessions/revoke-others', {
      config: { access: 'profile:update' },
      schema: { tags, summary: 'Sign out everywhere except here', response: { 200: RevokedSessionsSchema } },
    }, async (request) => ({ revoked: await revokeMyOtherSessions(platform, request.ctx) }));
  };
}
