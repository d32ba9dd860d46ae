/** HTTP for a team's roles (team page `team`). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateTeamRoleBodySchema, TeamRoleListSchema, TeamRoleSchema, UpdateTeamRoleBodySchema } from '@flowforge/contracts';
import type { Platform } from '../../../platform/platform.ts';
import { createRole, deleteRole, listRoles, updateRole } from './team-roles.service.ts';

const tags = ['Teams'];
const feature = 'teams';
const TeamParamsSchema = z.object({ id: z.uuid() });
const RoleParamsSchema = z.object({ id: z.uuid(), roleId: z.uuid() });

export function teamRoleRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/teams/:id/roles', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'The team\'s roles with the pages they open', params: TeamParamsSchema, response: { 200: TeamRoleListSchema } },
    }, async (request) => ({ items: await listRoles(platform, request.ctx, request.params.id) }));

    app.post('/teams/:id/roles', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Create a team role', params: TeamParamsSchema, body: CreateTeamRoleBodySchema, response: { 201: TeamRoleSchema } },
    }, async (request, reply) => reply.code(201).send(await createRole(platform, request.ctx, { teamId: request.params.id, body: request.body })));

    app.patch('/teams/:id/roles/:roleId', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Change a team role\'s name, colour or pages', params: RoleParamsSchema, body: UpdateTeamRoleBodySchema, response: { 200: TeamRoleSchema } },
    }, async (request) => updateRole(platform, request.ctx, { teamId: request.params.id, roleId: request.params.roleId, body: request.body }));

    app.delete('/teams/:id/roles/:roleId', {
      config: { access: 'teams:read', feature },
      schema: { tags, summary: 'Delete a team role; its holders lose it', params: RoleParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await deleteRole(platform, request.ctx, { teamId: request.params.id, roleId: request.params.roleId });
      return reply.code(204).send(null);
    });
  };
}
