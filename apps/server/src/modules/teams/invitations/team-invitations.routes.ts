/**
 * HTTP for team invitations: the team's side (team page `team`) and the invitee's side under
 * /me/team-invitations, open to any signed-in person because the invitee may be in another
 * account or none; the service only ever shows them invitations addressed to their e-mail.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AcceptedTeamInvitationSchema, AcceptTeamInvitationBodySchema, InviteToTeamBodySchema, MyTeamInvitationListSchema, TeamInvitationListSchema,
  TeamInvitationSchema,
} from '@flowforge/contracts';
import type { Platform } from '../../../platform/platform.ts';
import { acceptMyInvitation, declineMyInvitation, listMyInvitations } from './my-team-invitations.service.ts';
import { inviteToTeam, listInvitations, withdrawInvitation } from './team-invitations.service.ts';

const tags = ['Teams'];
const feature = 'teams';
const TeamParamsSchema = z.object({ id: z.uuid() });
const InvitationParamsSchema = z.object({ id: z.uuid(), invitationId: z.uuid() });
const MyInvitationParamsSchema = z.object({ id: z.uuid() });

export function teamInvitationRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/teams/:id/invitations', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Pending invitations of the team', params: TeamParamsSchema, response: { 200: TeamInvitationListSchema } },
    }, async (request) => ({ items: await listInvitations(platform, request.ctx, request.params.id) }));

    app.post('/teams/:id/invitations', {
      config: { access: 'teams:read', feature },
      schema: {
        tags, summary: 'Invite an e-mail address (registered or not) to the team; an e-mail with the link is sent',
        params: TeamParamsSchema, body: InviteToTeamBodySchema, response: { 201: TeamInvitationSchema },
      },
    }, async (request, reply) => reply.code(201).send(await inviteToTeam(platform, request.ctx, { teamId: request.params.id, email: request.body.email })));

    app.delete('/teams/:id/invitations/:invitationId', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Withdraw a pending invitation', params: InvitationParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await withdrawInvitation(platform, request.ctx, { teamId: request.params.id, invitationId: request.params.invitationId });
      return reply.code(204).send(null);
    });
  };
}

export function myTeamInvitationRoutes(platform: Platform): FastifyPluginAsyncZod {
  const myTags = ['My settings'];
  return async (app) => {
    app.get('/me/team-invitations', {
      config: { access: 'signed-in' },
      schema: { tags: myTags, summary: 'Team invitations addressed to your e-mail, from any account', response: { 200: MyTeamInvitationListSchema } },
    }, async (request) => ({ items: await listMyInvitations(platform, request.ctx) }));

    app.post('/me/team-invitations/:id/accept', {
      config: { access: 'signed-in' },
      schema: {
        tags: myTags, summary: 'Accept a team invitation: join the team (and its account as a Member if needed)',
        params: MyInvitationParamsSchema, body: AcceptTeamInvitationBodySchema, response: { 200: AcceptedTeamInvitationSchema },
      },
    }, async (request) => acceptMyInvitation(platform, request.ctx, { invitationId: request.params.id, token: request.body.token }));

    app.post('/me/team-invitations/:id/decline', {
      config: { access: 'signed-in' },
      schema: { tags: myTags, summary: 'Decline (delete) a team invitation', params: MyInvitationParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await declineMyInvitation(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });
  };
}
