/** HTTP for Admin → E-mail: SMTP settings, the test e-mail and the outbox. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  EmailSettingsSchema, OutboxListQuerySchema, OutboxMailSchema, OutboxMailSummarySchema, pageSchema, SendTestEmailResponseSchema, UpdateEmailSettingsBodySchema,
} from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { getEmailSettings, updateEmailSettings } from './email-settings.service.ts';
import { getOutboxMail, listOutboxMail } from './outbox.service.ts';
import { sendTestEmail } from './send-test-email.service.ts';

const tags = ['E-mail settings'];

export function emailSettingsRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/settings/email', {
      config: { access: 'settings:read' },
      schema: { tags, summary: "The account's SMTP settings (never the password) and how mail is delivered now", response: { 200: EmailSettingsSchema } },
    }, async (request) => getEmailSettings(platform, request.ctx));

    app.put('/settings/email', {
      config: { access: 'settings:update' },
      schema: { tags, summary: 'Save the SMTP settings; omit `password` to keep the stored one', body: UpdateEmailSettingsBodySchema, response: { 200: EmailSettingsSchema } },
    }, async (request) => updateEmailSettings(platform, request.ctx, request.body));

    app.post('/settings/email/test', {
      config: { access: 'settings:update' },
      schema: { tags, summary: 'Send a test e-mail to yourself now; 422 with the mail server\'s answer if it fails', response: { 200: SendTestEmailResponseSchema } },
    }, async (request) => sendTestEmail(platform, request.ctx));

    app.get('/settings/email/outbox', {
      config: { access: 'settings:read' },
      schema: { tags, summary: 'Mails of the account, newest first; filter by `status`', querystring: OutboxListQuerySchema, response: { 200: pageSchema(OutboxMailSummarySchema) } },
    }, async (request) => listOutboxMail(platform, request.ctx, request.query));

    app.get('/settings/email/outbox/:id', {
      config: { access: 'settings:read' },
      schema: { tags, summary: 'One mail with its HTML and text', params: z.object({ id: z.uuid() }), response: { 200: OutboxMailSchema } },
    }, async (request) => getOutboxMail(platform, request.ctx, request.params.id));
  };
}
