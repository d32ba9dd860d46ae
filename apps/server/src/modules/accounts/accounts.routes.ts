/** HTTP for sign-up, /me and the current account. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountNameBodySchema, AccountSchema, AccountSummarySchema, MeResponseSchema, PreferencesSchema, SignUpBodySchema,
  SignUpResponseSchema, SwitchAccountBodySchema, UpdatePreferencesBodySchema,
} from '@flowforge/contracts';
import { resolvePrincipal } from '../../platform/auth/principal.ts';
import type { Platform } from '../../platform/platform.ts';
import { createAccount, getCurrentAccount, getMe, renameAccount, switchAccount, updatePreferences } from './accounts.service.ts';
import { signUp } from './signup.service.ts';

const tags = ['Accounts'];

export function accountRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/signup', {
      config: { access: 'public' },
      schema: { tags, summary: 'Create a user, their account and a session', body: SignUpBodySchema, response: { 201: SignUpResponseSchema }, security: [] },
    }, async (request, reply) => {
      const { cookies, ...result } = await signUp(platform, request.body, { headers: request.headers, ip: request.ip, requestId: request.id });
      return reply.header('set-cookie', cookies).code(201).send(result);
    });

    app.get('/me', { config: { access: 'member' }, schema: { tags, summary: 'The signed-in user, their active account and permissions', response: { 200: MeResponseSchema } } },
      async (request) => getMe(platform, request.ctx));

    app.patch('/me/preferences', {
      config: { access: 'profile:update' },
      schema: { tags, summary: 'Change theme or language', body: UpdatePreferencesBodySchema, response: { 200: PreferencesSchema } },
    }, async (request) => updatePreferences(platform, request.ctx, request.body));

    app.post('/me/active-account', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Switch the session to another of the user\'s accounts', body: SwitchAccountBodySchema, response: { 200: MeResponseSchema } },
    }, async (request) => {
      await switchAccount(platform, request.ctx, request.body.accountId);
      const principal = await resolvePrincipal(platform, request.headers);
      return getMe(platform, { ...request.ctx, principal });
    });

    app.post('/accounts', {
      config: { access: 'accounts:create' },
      schema: { tags, summary: 'Create another account owned by the signed-in user', body: AccountNameBodySchema, response: { 201: AccountSummarySchema } },
    }, async (request, reply) => reply.code(201).send(await createAccount(platform, request.ctx, request.body.name)));

    app.get('/account', { config: { access: 'account:read' }, schema: { tags, summary: 'The active account', response: { 200: AccountSchema } } },
      async (request) => getCurrentAccount(platform, request.ctx));

    app.patch('/account', {
      config: { access: 'account:update' },
      schema: { tags, summary: 'Rename the active account', body: AccountNameBodySchema, response: { 200: AccountSchema } },
    }, async (request) => renameAccount(platform, request.ctx, request.body.name));
  };
}

