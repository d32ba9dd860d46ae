/** HTTP for a team's members (team page `team`). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SetTeamMemberRolesBodySchema, TeamMemberListSchema, TeamMemberSchema, TeamMembersQuerySchema } from '@flowforge/contracts';
import type { Platform } from '../../../platform/platform.ts';
import { listMembers, removeMember, setMemberRoles } from './team-members.service.ts';

const tags = ['Teams'];
const feature = 'teams';
const TeamParamsSchema = z.object({ id: z.uuid() });
const MemberParamsSchema = z.object({ id: z.uuid(), userId: z.uuid() });

export function teamMemberRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/teams/:id/members', {
      config: { access: 'teams:read', feature },
      schema: {
        tags, summary: 'Members with their team roles; `q` searches name and e-mail, `roleId` filters (or `none`)',
        params: TeamParamsSchema, querystring: TeamMembersQuerySchema, response: { 200: TeamMemberListSchema },
      },
    }, async (request) => ({ items: await listMembers(platform, request.ctx, { teamId: request.params.id, filter: request.query }) }));

    app.put('/teams/:id/members/:userId/roles', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Set all of a member\'s team roles at once', params: MemberParamsSchema, body: SetTeamMemberRolesBodySchema, response: { 200: TeamMemberSchema } },
    }, async (request) => setMemberRoles(platform, request.ctx, { teamId: request.params.id, userId: request.params.userId, body: request.body }));

    app.delete('/teams/:id/members/:userId', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Remove a member from the team (not its owner)', params: MemberParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await removeMember(platform, request.ctx, { teamId: request.params.id, userId: request.params.userId });
      return reply.code(204).send(null);
    });
  };
}
