/**
 * HTTP for the audit trail of the active account: read, filter and export only. There is no route
 * that changes or deletes an entry, and the app role has no UPDATE or DELETE privilege on the table.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEntrySchema, AuditExportQuerySchema, AuditFacetsSchema, AuditListQuerySchema, pageSchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { exportAuditLog, getAuditEntry, getAuditFacets, listAuditLog } from './audit.service.ts';

const tags = ['Audit'];
const FILTERS = 'Filters: `actorId`, `action` (exact, or a prefix ending in `*` such as `user.*`), `resourceType`, `resourceId`, `from` (inclusive) and `to` (exclusive; a date means the whole day).';

export function auditRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit-logs', {
      config: { access: 'audit:read', feature: 'audit' },
      schema: {
        tags, summary: 'Audit entries, newest first (`sort=createdAt` for oldest first); `fields` returns only some fields',
        description: FILTERS, querystring: AuditListQuerySchema, response: { 200: pageSchema(AuditEntrySchema.partial()) },
      },
    }, async (request) => listAuditLog(platform, request.ctx, request.query));

    app.get('/audit-logs/facets', {
      config: { access: 'audit:read', feature: 'audit' },
      schema: { tags, summary: 'Actions, resource types and actors found in the log, for filter suggestions', response: { 200: AuditFacetsSchema } },
    }, async (request) => getAuditFacets(platform, request.ctx));

    app.get('/audit-logs/export', {
      config: { access: 'audit:export', feature: 'audit' },
      schema: { tags, summary: 'Every matching entry as CSV (RFC 4180), streamed', description: FILTERS, querystring: AuditExportQuerySchema, produces: ['text/csv'] },
    }, async (request, reply) => {
      const { filename, stream } = await exportAuditLog(platform, request.ctx, request.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store').send(stream);
    });

    app.get('/audit-logs/:id', {
      config: { access: 'audit:read', feature: 'audit' },
      schema: { tags, summary: 'One audit entry', params: z.object({ id: z.uuid() }), response: { 200: AuditEntrySchema } },
    }, async (request) => getAuditEntry(platform, request.ctx, request.params.id));
  };
}
