/** HTTP for groups (spec §3.4): every route belongs to the 'groups' feature (404 when switched off). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateGroupBodySchema, GroupListQuerySchema, GroupMemberListQuerySchema, GroupMemberPageSchema, GroupPageSchema, GroupSchema,
  RulePreviewSchema, SetGroupMembersBodySchema, SetGroupRolesBodySchema, UpdateGroupBodySchema, ValidateRuleBodySchema,
} from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { addGroupMember, listMembersOfGroup, removeGroupMember, setGroupMembers, setGroupRoles, validateGroupRule } from './group-members.service.ts';
import { createGroup, deleteGroupById, getGroupById, listAccountGroups, updateGroupById } from './groups.service.ts';

const tags = ['Groups'];
const feature = 'groups';
const GroupParamsSchema = z.object({ id: z.uuid() });
const MemberParamsSchema = z.object({ id: z.uuid(), userId: z.uuid() });

type App = Parameters<FastifyPluginAsyncZod>[0];

export function groupRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    registerGroupRoutes(app, platform);
    registerMembershipRoutes(app, platform);
  };
}

function registerGroupRoutes(app: App, platform: Platform): void {
  app.get('/groups', {
    config: { access: 'groups:read', feature },
    schema: { tags, summary: 'Groups by name, with member counts, parent and roles; filter by `q` and `type`', querystring: GroupListQuerySchema, response: { 200: GroupPageSchema } },
  }, async (request) => listAccountGroups(platform, request.ctx, request.query));

  app.post('/groups', {
    config: { access: 'groups:create', feature },
    schema: { tags, summary: 'Create a static or dynamic group', body: CreateGroupBodySchema, response: { 201: GroupSchema } },
  }, async (request, reply) => reply.code(201).send(await createGroup(platform, request.ctx, request.body)));

  app.post('/groups/validate-rule', {
    config: { access: 'groups:read', feature },
    schema: { tags, summary: 'Check a dynamic group rule and preview who it matches', body: ValidateRuleBodySchema, response: { 200: RulePreviewSchema } },
  }, async (request) => validateGroupRule(platform, request.ctx, request.body.rule));

  app.get('/groups/:id', {
    config: { access: 'groups:read', feature },
    schema: { tags, summary: 'One group', params: GroupParamsSchema, response: { 200: GroupSchema } },
  }, async (request) => getGroupById(platform, request.ctx, request.params.id));

  app.patch('/groups/:id', {
    config: { access: 'groups:update', feature },
    schema: { tags, summary: 'Edit a group: name, description, type and rule, parent, external id', params: GroupParamsSchema, body: UpdateGroupBodySchema, response: { 200: GroupSchema } },
  }, async (request) => updateGroupById(platform, request.ctx, { id: request.params.id, body: request.body }));

  app.delete('/groups/:id', {
    config: { access: 'groups:delete', feature },
    schema: { tags, summary: 'Delete a group; its sub-groups move to the top level', params: GroupParamsSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await deleteGroupById(platform, request.ctx, request.params.id);
    return reply.code(204).send(null);
  });
}

function registerMembershipRoutes(app: App, platform: Platform): void {

  app.get('/groups/:id/members', {
    config: { access: 'groups:read', feature },
    schema: { tags, summary: 'Members of the group and (flagged inherited) of its sub-groups', params: GroupParamsSchema, querystring: GroupMemberListQuerySchema, response: { 200: GroupMemberPageSchema } },
  }, async (request) => listMembersOfGroup(platform, request.ctx, { id: request.params.id, ...request.query }));

  app.put('/groups/:id/members', {
    config: { access: 'groups:update', feature },
    schema: { tags, summary: 'Set the members of a static group', params: GroupParamsSchema, body: SetGroupMembersBodySchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await setGroupMembers(platform, request.ctx, { id: request.params.id, userIds: request.body.userIds });
    return reply.code(204).send(null);
  });

  app.post('/groups/:id/members/:userId', {
    config: { access: 'groups:update', feature },
    schema: { tags, summary: 'Add a member to a static group', params: MemberParamsSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await addGroupMember(platform, request.ctx, request.params);
    return reply.code(204).send(null);
  });

  app.delete('/groups/:id/members/:userId', {
    config: { access: 'groups:update', feature },
    schema: { tags, summary: 'Remove a member from a static group', params: MemberParamsSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await removeGroupMember(platform, request.ctx, request.params);
    return reply.code(204).send(null);
  });

  app.put('/groups/:id/roles', {
    config: { access: 'groups:update', feature },
    schema: { tags, summary: 'Set the roles the group gives its members (the Owner role only by an owner)', params: GroupParamsSchema, body: SetGroupRolesBodySchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await setGroupRoles(platform, request.ctx, { id: request.params.id, roleIds: request.body.roleIds });
    return reply.code(204).send(null);
  });
}
