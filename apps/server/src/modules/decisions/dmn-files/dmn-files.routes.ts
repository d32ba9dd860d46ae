/** HTTP for `.dmn` files: `POST /decisions/import` (the XML as the body) and `GET /decisions/:id/export` (a download). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DecisionDetailSchema, DecisionVersionQuerySchema, ImportDecisionQuerySchema } from '@flowforge/contracts';
import { DomainError } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { DecisionParamsSchema, feature, tags } from '../decisions.routes.ts';
import { exportDecision, importDecision } from './dmn-files.service.ts';

export const DMN_MAX_BYTES = 10 * 1024 * 1024;
const XML_TYPES = ['application/xml', 'text/xml', 'application/octet-stream'];

function notXml(contentType: string | undefined): DomainError {
  return new DomainError('unsupported-media-type', `Send the .dmn file as the request body with Content-Type application/xml, text/xml or application/octet-stream, not ${contentType ?? 'without a Content-Type'}.`);
}

export function dmnFileRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(XML_TYPES, { parseAs: 'string', bodyLimit: DMN_MAX_BYTES }, (_request, body, done) => done(null, body));

    app.post('/decisions/import', {
      config: { access: 'decisions:create', feature }, bodyLimit: DMN_MAX_BYTES,
      schema: {
        tags, summary: 'Import a .dmn file (DMN 1.1–1.5) as a new decision with draft version 1: one decision table → kind `table`, anything else → kind `dmn`',
        querystring: ImportDecisionQuerySchema, consumes: XML_TYPES, response: { 201: DecisionDetailSchema },
      },
    }, async (request, reply) => {
      if (typeof request.body !== 'string') throw notXml(request.headers['content-type']);
      return reply.code(201).send(await importDecision(platform, request.ctx, { xml: request.body, name: request.query.name }));
    });

    app.get('/decisions/:id/export', {
      config: { access: 'decisions:read', feature },
      schema: {
        tags, summary: 'Download a version as a .dmn file (default: the active version, else the draft)',
        params: DecisionParamsSchema, querystring: DecisionVersionQuerySchema.pick({ version: true }), produces: ['application/xml'],
      },
    }, async (request, reply) => {
      const file = await exportDecision(platform, request.ctx, { id: request.params.id, key: request.query.version });
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fullName)}`)
        .header('cache-control', 'no-store')
        .send(file.xml);
    });
  };
}
