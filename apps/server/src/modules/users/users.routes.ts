/** HTTP for the account's users (spec §3.3.2): list, create/invite, read, change, remove, import. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateUserBodySchema, IMPORT_MAX_BYTES, ImportPreviewBodySchema, ImportPreviewSchema, ImportReportSchema, ImportResultSchema, ImportUsersBodySchema,
  pageSchema, UpdateUserBodySchema, UserListQuerySchema, UserSchema,
} from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { importUsers, previewImportFile } from './import/import.service.ts';
import { createUser, resendInvitation } from './user-creation.service.ts';
import { getAccountUser, listAccountUsers, removeAccountUser, updateAccountUser } from './users.service.ts';

const tags = ['Users'];
const UserParamsSchema = z.object({ id: z.uuid() });
// The CSV travels as a JSON string: quotes and line breaks are escaped, so allow for the growth.
const IMPORT_BODY_LIMIT = Math.ceil(IMPORT_MAX_BYTES * 1.6);

export function userRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/users', {
      config: { access: 'users:read' },
      schema: {
        tags, summary: 'People in the account: search `q` (name or e-mail), filter by status, role or group; sort by name, email, createdAt or lastLoginAt',
        querystring: UserListQuerySchema, response: { 200: pageSchema(UserSchema.partial()) },
      },
    }, async (request) => listAccountUsers(platform, request.ctx, request.query));

    app.post('/users', {
      config: { access: 'users:create' },
      schema: { tags, summary: 'Add a person by e-mail as a pending member and (by default) send them an invitation', body: CreateUserBodySchema, response: { 201: UserSchema } },
    }, async (request, reply) => reply.code(201).send(await createUser(platform, request.ctx, request.body)));

    app.post('/users/import/preview', {
      config: { access: 'users:create' }, bodyLimit: IMPORT_BODY_LIMIT,
      schema: { tags, summary: 'Read a CSV file\'s columns and first rows, with a suggested column mapping', body: ImportPreviewBodySchema, response: { 200: ImportPreviewSchema } },
    }, async (request) => previewImportFile(request.body.csv));

    app.post('/users/import', {
      config: { access: 'users:create' }, bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags, summary: 'Import users from CSV: `dryRun` returns the per-row report (200); otherwise all rows are added in one transaction (201), or none when any row is invalid (422)',
        body: ImportUsersBodySchema, response: { 200: ImportReportSchema, 201: ImportResultSchema },
      },
    }, async (request, reply) => {
      const result = await importUsers(platform, request.ctx, request.body);
      return reply.code(request.body.dryRun ? 200 : 201).send(result);
    });

    app.get('/users/:id', {
      config: { access: 'users:read' },
      schema: { tags, summary: 'One user of the account', params: UserParamsSchema, response: { 200: UserSchema } },
    }, async (request) => getAccountUser(platform, request.ctx, request.params.id));

    app.patch('/users/:id', {
      config: { access: 'users:update' },
      schema: { tags, summary: 'Change name, profile, status, roles or external id', params: UserParamsSchema, body: UpdateUserBodySchema, response: { 200: UserSchema } },
    }, async (request) => updateAccountUser(platform, request.ctx, { userId: request.params.id, body: request.body }));

    app.delete('/users/:id', {
      config: { access: 'users:delete' },
      schema: { tags, summary: 'Remove the person from the account (they keep their login and other accounts)', params: UserParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await removeAccountUser(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });

    app.post('/users/:id/invite', {
      config: { access: 'users:update' },
      schema: { tags, summary: 'Send a pending member a new invitation (the previous link stops working)', params: UserParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await resendInvitation(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });
  };
}
