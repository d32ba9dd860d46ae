/** HTTP for the permission catalog and the account's roles (spec §3.8). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateRoleBodySchema, ListQuerySchema, PermissionCatalogSchema, RoleHolderPageSchema, RoleListSchema, RoleSchema, UpdateRoleBodySchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { buildPermissionCatalog } from './permission-catalog.ts';
import { createRole, deleteRoleById, getRoleById, listAccountRoles, listHoldersOfRole, updateRoleById } from './roles.service.ts';

const tags = ['Roles'];
const RoleParamsSchema = z.object({ id: z.uuid() });
const HolderQuerySchema = ListQuerySchema.pick({ limit: true, cursor: true });

export function roleRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/permissions', {
      config: { access: 'member' },
      schema: { tags, summary: 'The permission catalog, grouped by resource, and what each system role holds', response: { 200: PermissionCatalogSchema } },
    }, async () => buildPermissionCatalog());

    app.get('/roles', {
      config: { access: 'roles:read' },
      schema: { tags, summary: 'System and custom roles with how many people hold them', response: { 200: RoleListSchema } },
    }, async (request) => ({ items: await listAccountRoles(platform, request.ctx) }));

    app.post('/roles', {
      config: { access: 'roles:create' },
      schema: { tags, summary: 'Create a custom role from the permission catalog', body: CreateRoleBodySchema, response: { 201: RoleSchema } },
    }, async (request, reply) => reply.code(201).send(await createRole(platform, request.ctx, request.body)));

    app.get('/roles/:id', {
      config: { access: 'roles:read' },
      schema: { tags, summary: 'One role', params: RoleParamsSchema, response: { 200: RoleSchema } },
    }, async (request) => getRoleById(platform, request.ctx, request.params.id));

    app.patch('/roles/:id', {
      config: { access: 'roles:update' },
      schema: { tags, summary: 'Edit a custom role (system roles answer 409)', params: RoleParamsSchema, body: UpdateRoleBodySchema, response: { 200: RoleSchema } },
    }, async (request) => updateRoleById(platform, request.ctx, { id: request.params.id, body: request.body }));

    app.delete('/roles/:id', {
      config: { access: 'roles:delete' },
      schema: { tags, summary: 'Delete a custom role; it is taken from everyone and every group holding it', params: RoleParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await deleteRoleById(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });

    app.get('/roles/:id/members', {
      config: { access: 'roles:read' },
      schema: { tags, summary: 'Who holds the role, directly or through which groups', params: RoleParamsSchema, querystring: HolderQuerySchema, response: { 200: RoleHolderPageSchema } },
    }, async (request) => listHoldersOfRole(platform, request.ctx, { id: request.params.id, ...request.query }));
  };
}
