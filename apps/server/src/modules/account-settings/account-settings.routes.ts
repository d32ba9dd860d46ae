/** HTTP for Admin settings (spec 3.2): reading needs settings:read, changing settings:update. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountDomainListSchema, AccountDomainSchema, AuditSettingsSchema, CreateDomainBodySchema, FeatureSettingsSchema, GeneralSettingsSchema,
  SecurityPolicySchema, UpdateAuditSettingsBodySchema, UpdateFeaturesBodySchema, UpdateGeneralSettingsBodySchema, UpdateSecurityPolicyBodySchema,
} from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import {
  getAuditSettings, getFeatureSettings, getGeneralSettings, setAuditSettings, setFeatureSettings, setGeneralSettings,
} from './account-settings.service.ts';
import { addAccountDomain, listAccountDomains, removeAccountDomain, verifyAccountDomain } from './domains.service.ts';
import { getSecurityPolicy, setSecurityPolicy } from './security-policy.service.ts';

const tags = ['Admin settings'];
const read = { access: 'settings:read' } as const;
const update = { access: 'settings:update' } as const;
const DomainParamsSchema = z.object({ id: z.uuid() });

export function accountSettingsRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/settings/general', { config: read, schema: { tags, summary: 'Account name, time zone, default language and logo', response: { 200: GeneralSettingsSchema } } },
      async (request) => getGeneralSettings(platform, request.ctx));
    app.put('/settings/general', {
      config: update,
      schema: { tags, summary: 'Change the account name, time zone and default language', body: UpdateGeneralSettingsBodySchema, response: { 200: GeneralSettingsSchema } },
    }, async (request) => setGeneralSettings(platform, request.ctx, request.body));

    app.get('/settings/security', { config: read, schema: { tags, summary: 'The security policy, with the caller\'s current IP address', response: { 200: SecurityPolicySchema } } },
      async (request) => getSecurityPolicy(platform, request.ctx));
    app.put('/settings/security', {
      config: update,
      schema: {
        tags, summary: 'Replace the security policy; an IP allowlist that excludes the caller is refused (422)',
        body: UpdateSecurityPolicyBodySchema, response: { 200: SecurityPolicySchema },
      },
    }, async (request) => setSecurityPolicy(platform, request.ctx, request.body));

    app.get('/settings/features', { config: read, schema: { tags, summary: 'Every module that can be switched off, and whether it is on', response: { 200: FeatureSettingsSchema } } },
      async (request) => getFeatureSettings(platform, request.ctx));
    app.put('/settings/features', {
      config: update,
      schema: { tags, summary: 'Switch modules on or off (keys left out keep their state)', body: UpdateFeaturesBodySchema, response: { 200: FeatureSettingsSchema } },
    }, async (request) => setFeatureSettings(platform, request.ctx, request.body));

    app.get('/settings/audit', { config: read, schema: { tags, summary: 'How long audit entries are kept', response: { 200: AuditSettingsSchema } } },
      async (request) => getAuditSettings(platform, request.ctx));
    app.put('/settings/audit', {
      config: update,
      schema: { tags, summary: 'Change the audit retention (30 to 3650 days)', body: UpdateAuditSettingsBodySchema, response: { 200: AuditSettingsSchema } },
    }, async (request) => setAuditSettings(platform, request.ctx, request.body));

    app.get('/settings/domains', { config: read, schema: { tags, summary: 'Custom domains with their verification status', response: { 200: AccountDomainListSchema } } },
      async (request) => ({ items: await listAccountDomains(platform, request.ctx) }));
    app.post('/settings/domains', {
      config: update,
      schema: { tags, summary: 'Add a custom domain; prove control with the TXT record it names', body: CreateDomainBodySchema, response: { 201: AccountDomainSchema } },
    }, async (request, reply) => reply.code(201).send(await addAccountDomain(platform, request.ctx, request.body)));
    app.post('/settings/domains/:id/verify', {
      config: update,
      schema: { tags, summary: 'Look up the TXT record and mark the domain verified', params: DomainParamsSchema, response: { 200: AccountDomainSchema } },
    }, async (request) => verifyAccountDomain(platform, request.ctx, request.params.id));
    app.delete('/settings/domains/:id', {
      config: update,
      schema: { tags, summary: 'Remove a custom domain', params: DomainParamsSchema, response: { 204: z.null() } },
    }, async (request, reply) => {
      await removeAccountDomain(platform, request.ctx, request.params.id);
      return reply.code(204).send(null);
    });
  };
}
