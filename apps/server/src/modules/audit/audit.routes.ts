/** HTTP for the audit trail of the active account. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEntrySchema, ListQuerySchema, pageSchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { getAuditEntry, listAuditLog } from './audit.service.ts';

const tags = ['Audit'];
const AuditListQuerySchema = ListQuerySchema.extend({ action: z.string().max(100).optional() });

export function auditRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit-logs', {
      config: { access: 'audit:read' },
      schema: {
        tags, summary: 'Audit entries, newest first (`sort=createdAt` for oldest first); `fields` returns only some fields',
        querystring: AuditListQuerySchema, response: { 200: pageSchema(AuditEntrySchema.partial()) },
      },
    }, async (request) => listAuditLog(platform, request.ctx, request.query));

    app.get('/audit-logs/:id', {
      config: { access: 'audit:read' },
      schema: { tags, summary: 'One audit entry', params: z.object({ id: z.uuid() }), response: { 200: AuditEntrySchema } },
    }, async (request) => getAuditEntry(platform, request.ctx, request.params.id));
  };
}
