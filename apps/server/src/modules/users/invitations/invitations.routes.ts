/** HTTP for the public invitation page: read an invitation by its token and accept it. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AcceptedInvitationSchema, AcceptInvitationBodySchema, InvitationSchema } from '@flowforge/contracts';
import type { Platform } from '../../../platform/platform.ts';
import { acceptInvitation, getInvitation } from './invitations.service.ts';

const tags = ['Users'];
// Any string is looked up (and answers 404 unless it is a live token); the bound keeps it cheap.
const TokenParamsSchema = z.object({ token: z.string().min(1).max(200) });

export function invitationRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/invitations/:token', {
      config: { access: 'public' },
      schema: {
        tags, summary: 'What an invitation link is for: the account, the invited e-mail and whether a password must be chosen',
        params: TokenParamsSchema, response: { 200: InvitationSchema }, security: [],
      },
    }, async (request) => getInvitation(platform, request.params.token));

    app.post('/invitations/:token/accept', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Accept an invitation: new people send name and password; people with a password must be signed in as the invited person',
        params: TokenParamsSchema, body: AcceptInvitationBodySchema, response: { 200: AcceptedInvitationSchema }, security: [],
      },
    }, async (request) => acceptInvitation(platform, request.ctx, { token: request.params.token, body: request.body }));
  };
}
