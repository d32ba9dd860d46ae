/** HTTP for decisions and their versions (spec §11.1.1, §11.2.1); every route belongs to the 'decisions' feature. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateDecisionBodySchema, CreateDraftBodySchema, DecisionDetailSchema, DecisionListQuerySchema, DecisionPageSchema, DecisionVersionSchema,
  PublishBodySchema, SaveDraftBodySchema, UpdateDecisionBodySchema,
} from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { createDecision, deleteDecisionById, getDecisionDetail, listDecisionPage, updateDecisionById } from './decisions.service.ts';
import { createDraftFrom, discardDraft, getDecisionVersion, publishDecision, saveDraft } from './versions.service.ts';

export const tags = ['Decisions'];
export const feature = 'decisions';
export const DecisionParamsSchema = z.object({ id: z.uuid() });
const VersionParamsSchema = DecisionParamsSchema.extend({ version: z.coerce.number().int().min(1).max(2_147_483_647) });

type App = Parameters<FastifyPluginAsyncZod>[0];

export function registerDecisionRoutes(app: App, platform: Platform): void {
  app.get('/decisions', {
    config: { access: 'decisions:read', feature },
    schema: { tags, summary: 'Decisions by name; search `q`, filter by `kind` and by `status` (has a version in that status)', querystring: DecisionListQuerySchema, response: { 200: DecisionPageSchema } },
  }, async (request) => listDecisionPage(platform, request.ctx, request.query));

  app.post('/decisions', {
    config: { access: 'decisions:create', feature },
    schema: { tags, summary: 'Create a decision table with its draft version 1 (by default one input, one output, one rule, hit policy FIRST)', body: CreateDecisionBodySchema, response: { 201: DecisionDetailSchema } },
  }, async (request, reply) => reply.code(201).send(await createDecision(platform, request.ctx, request.body)));

  app.get('/decisions/:id', {
    config: { access: 'decisions:read', feature },
    schema: { tags, summary: 'One decision with its version history, open draft and active version', params: DecisionParamsSchema, response: { 200: DecisionDetailSchema } },
  }, async (request) => getDecisionDetail(platform, request.ctx, request.params.id));

  app.patch('/decisions/:id', {
    config: { access: 'decisions:update', feature },
    schema: { tags, summary: 'Rename a decision or change its description', params: DecisionParamsSchema, body: UpdateDecisionBodySchema, response: { 200: DecisionDetailSchema } },
  }, async (request) => updateDecisionById(platform, request.ctx, { id: request.params.id, body: request.body }));

  app.delete('/decisions/:id', {
    config: { access: 'decisions:delete', feature },
    schema: { tags, summary: 'Delete a decision with all its versions', params: DecisionParamsSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await deleteDecisionById(platform, request.ctx, request.params.id);
    return reply.code(204).send(null);
  });
}

export function registerVersionRoutes(app: App, platform: Platform): void {
  app.put('/decisions/:id/draft', {
    config: { access: 'decisions:update', feature },
    schema: {
      tags, summary: 'Save the draft (cells may be invalid); with `revision`, 409 when someone saved it in between; without a draft, starts one',
      params: DecisionParamsSchema, body: SaveDraftBodySchema, response: { 200: DecisionVersionSchema },
    },
  }, async (request) => saveDraft(platform, request.ctx, { id: request.params.id, table: request.body.table, revision: request.body.revision }));

  app.post('/decisions/:id/draft', {
    config: { access: 'decisions:update', feature },
    schema: { tags, summary: 'Open a draft copied from a version; 409 when the decision already has one', params: DecisionParamsSchema, body: CreateDraftBodySchema, response: { 201: DecisionVersionSchema } },
  }, async (request, reply) => reply.code(201).send(await createDraftFrom(platform, request.ctx, { id: request.params.id, fromVersion: request.body.fromVersion })));

  app.delete('/decisions/:id/draft', {
    config: { access: 'decisions:update', feature },
    schema: { tags, summary: 'Discard the draft', params: DecisionParamsSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await discardDraft(platform, request.ctx, request.params.id);
    return reply.code(204).send(null);
  });

  app.post('/decisions/:id/publish', {
    config: { access: 'decisions:publish', feature },
    schema: {
      tags, summary: 'Publish the draft: it becomes the active version (same number), the previous active one is deprecated; 422 listing every invalid cell',
      params: DecisionParamsSchema, body: PublishBodySchema.optional(), response: { 200: DecisionVersionSchema },
    },
  }, async (request) => publishDecision(platform, request.ctx, { id: request.params.id, comment: request.body?.comment ?? '' }));

  app.get('/decisions/:id/versions/:version', {
    config: { access: 'decisions:read', feature },
    schema: { tags, summary: 'One version of a decision', params: VersionParamsSchema, response: { 200: DecisionVersionSchema } },
  }, async (request) => getDecisionVersion(platform, request.ctx, { id: request.params.id, version: request.params.version }));
}
