/**
 * HTTP for teams (feature `teams`): the dashboard list, create, open, rename, delete and leave, plus
 * the members, roles and invitations sub-routes. Account permissions gate the routes; the services
 * check team membership, ownership and team pages.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateTeamBodySchema, DeleteTeamQuerySchema, TeamDetailSchema, TeamListSchema, UpdateTeamBodySchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { myTeamInvitationRoutes, teamInvitationRoutes } from './invitations/team-invitations.routes.ts';
import { teamMemberRoutes } from './members/team-members.routes.ts';
import { teamRoleRoutes } from './roles/team-roles.routes.ts';
import { createTeam, deleteTeam, getTeam, leaveTeam, listTeams, updateTeam } from './teams.service.ts';

const tags = ['Teams'];
const feature = 'teams';
const TeamParamsSchema = z.object({ id: z.uuid() });

export function teamRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/teams', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Your teams: those you own and those you joined', response: { 200: TeamListSchema } },
    }, async (request) => listTeams(platform, request.ctx));

    app.post('/teams', {
      config: { access: 'teams:create', feature },
      schema: { tags, summary: 'Create a team; you become its owner with an "Owner" role that opens every page', body: CreateTeamBodySchema, response: { 201: TeamDetailSchema } },
    }, async (request, reply) => reply.code(201).send(await createTeam(platform, request.ctx, request.body)));

    app.get('/teams/:id', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'A team you belong to, with the pages you may open', params: TeamParamsSchema, response: { 200: TeamDetailSchema } },
    }, async (request) => getTeam(platform, request.ctx, request.params.id));

    app.patch('/teams/:id', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Rename or recolour a team (its owner only)', params: TeamParamsSchema, body: UpdateTeamBodySchema, response: { 200: TeamDetailSchema } },
    }, async (request) => updateTeam(platform, request.ctx, { teamId: request.params.id, body: request.body }));

    app.delete('/teams/:id', {
      config: { access: 'teams:read', feature },
      schema: {
        tags, summary: 'Delete a team (its owner only); `confirm` must repeat the team name', params: TeamParamsSchema, querystring: DeleteTeamQuerySchema,
        response: { 204: z.null() },
      },
    }, async (request, reply) => {
      await deleteTeam(platform, request.ctx, { teamId: request.params.id, confirm: request.query.confirm });
      return reply.code(204).send(null);
    });

    app.post('/teams/:id/leave', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Leave a team (not possible for its owner)', params: TeamParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await leaveTeam(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });

    await app.register(teamMemberRoutes(platform));
    await app.register(teamRoleRoutes(platform));
    await app.register(teamInvitationRoutes(platform));
    await app.register(myTeamInvitationRoutes(platform));
  };
}
