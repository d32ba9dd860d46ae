/** HTTP for managing service accounts, their API keys and their OAuth clients (spec §3.7). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiKeyListSchema, CreateApiKeyBodySchema, CreatedApiKeySchema, CreatedOAuthClientSchema, CreateOAuthClientBodySchema, CreateServiceAccountBodySchema,
  ListQuerySchema, OAuthClientListSchema, RotateSecretBodySchema, ServiceAccountPageSchema, ServiceAccountSchema, UpdateServiceAccountBodySchema,
} from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import {
  createApiKeyFor, createOAuthClientFor, listApiKeysOf, listOAuthClientsOf, revokeApiKeyOf, revokeOAuthClientOf, rotateOAuthClientSecretOf,
} from './credentials.service.ts';
import {
  createServiceAccount, disableServiceAccountById, getServiceAccount, listServiceAccountPage, updateServiceAccountById,
} from './service-accounts.service.ts';

const tags = ['Service accounts'];
const feature = 'service-accounts';
const AccountParams = z.object({ id: z.uuid() });
const KeyParams = AccountParams.extend({ keyId: z.uuid() });
/** `clientId` is the OAuth client's `id` (a UUID), not its public `client_id`. */
const ClientParams = AccountParams.extend({ clientId: z.uuid() });
const PageQuery = ListQuerySchema.pick({ limit: true, cursor: true });

export function serviceAccountRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/service-accounts', {
      config: { access: 'service-accounts:read', feature },
      schema: { tags, summary: 'Service accounts of the active account, by name', querystring: PageQuery, response: { 200: ServiceAccountPageSchema } },
    }, async (request) => listServiceAccountPage(platform, request.ctx, request.query));

    app.post('/service-accounts', {
      config: { access: 'service-accounts:create', feature },
      schema: { tags, summary: 'Create a service account', body: CreateServiceAccountBodySchema, response: { 201: ServiceAccountSchema } },
    }, async (request, reply) => reply.code(201).send(await createServiceAccount(platform, request.ctx, request.body)));

    app.get('/service-accounts/:id', {
      config: { access: 'service-accounts:read', feature },
      schema: { tags, summary: 'One service account', params: AccountParams, response: { 200: ServiceAccountSchema } },
    }, async (request) => getServiceAccount(platform, request.ctx, request.params.id));

    app.patch('/service-accounts/:id', {
      config: { access: 'service-accounts:update', feature },
      schema: { tags, summary: 'Rename a service account or change its description or rate limit', params: AccountParams, body: UpdateServiceAccountBodySchema, response: { 200: ServiceAccountSchema } },
    }, async (request) => updateServiceAccountById(platform, request.ctx, { id: request.params.id, changes: request.body }));

    app.delete('/service-accounts/:id', {
      config: { access: 'service-accounts:delete', feature },
      schema: { tags, summary: 'Disable a service account: its keys and clients stop working at once; the history stays', params: AccountParams, response: { 204: z.null() } },
    }, async (request, reply) => {
      await disableServiceAccountById(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });

    app.get('/service-accounts/:id/api-keys', {
      config: { access: 'service-accounts:read', feature },
      schema: { tags, summary: 'API keys of a service account, newest first (the keys themselves are never shown again)', params: AccountParams, response: { 200: ApiKeyListSchema } },
    }, async (request) => ({ items: await listApiKeysOf(platform, request.ctx, { serviceAccountId: request.params.id }) }));

    app.post('/service-accounts/:id/api-keys', {
      config: { access: 'service-accounts:create', feature },
      schema: { tags, summary: 'Create an API key; the response holds the key, shown only this once', params: AccountParams, body: CreateApiKeyBodySchema, response: { 201: CreatedApiKeySchema } },
    }, async (request, reply) => reply.code(201).send(await createApiKeyFor(platform, request.ctx, { serviceAccountId: request.params.id, body: request.body })));

    app.delete('/service-accounts/:id/api-keys/:keyId', {
      config: { access: 'service-accounts:delete', feature },
      schema: { tags, summary: 'Revoke an API key (it stops working at once)', params: KeyParams, response: { 204: z.null() } },
    }, async (request, reply) => {
      await revokeApiKeyOf(platform, request.ctx, { serviceAccountId: request.params.id, keyId: request.params.keyId });
      return reply.code(204).send(null);
    });

    registerOAuthClientRoutes(app, platform);
  };
}

function registerOAuthClientRoutes(app: Parameters<FastifyPluginAsyncZod>[0], platform: Platform): void {
  app.get('/service-accounts/:id/oauth-clients', {
    config: { access: 'service-accounts:read', feature },
    schema: { tags, summary: 'OAuth clients of a service account, newest first', params: AccountParams, response: { 200: OAuthClientListSchema } },
  }, async (request) => ({ items: await listOAuthClientsOf(platform, request.ctx, { serviceAccountId: request.params.id }) }));

  app.post('/service-accounts/:id/oauth-clients', {
    config: { access: 'service-accounts:create', feature },
    schema: { tags, summary: 'Create an OAuth client; the response holds its secret, shown only this once', params: AccountParams, body: CreateOAuthClientBodySchema, response: { 201: CreatedOAuthClientSchema } },
  }, async (request, reply) => reply.code(201).send(await createOAuthClientFor(platform, request.ctx, { serviceAccountId: request.params.id, body: request.body })));

  app.post('/service-accounts/:id/oauth-clients/:clientId/rotate-secret', {
    config: { access: 'service-accounts:update', feature },
    schema: {
      tags, summary: 'Give the client a new secret (shown once); the old one keeps working for `graceHours` (default 24, 0 = stops now)',
      params: ClientParams, body: RotateSecretBodySchema, response: { 200: CreatedOAuthClientSchema },
    },
  }, async (request) => rotateOAuthClientSecretOf(platform, request.ctx, { serviceAccountId: request.params.id, clientId: request.params.clientId, body: request.body }));

  app.delete('/service-accounts/:id/oauth-clients/:clientId', {
    config: { access: 'service-accounts:delete', feature },
    schema: { tags, summary: 'Revoke an OAuth client: no new tokens, and its tokens stop working at once', params: ClientParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    await revokeOAuthClientOf(platform, request.ctx, { serviceAccountId: request.params.id, clientId: request.params.clientId });
    return reply.code(204).send(null);
  });
}
