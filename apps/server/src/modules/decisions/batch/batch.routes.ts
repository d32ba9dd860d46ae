/**
 * HTTP for bulk evaluation: `POST /decisions/:id/batch` with an NDJSON or CSV body, answered as
 * NDJSON (default) or CSV (`Accept: text/csv`). Both directions stream; the body may be up to
 * BATCH_MAX_BYTES (this route only: the raw body goes to the handler instead of being buffered).
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DecisionVersionQuerySchema } from '@flowforge/contracts';
import { DomainError } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { DecisionParamsSchema, feature, tags } from '../decisions.routes.ts';
import { bodyTooLarge, BATCH_MAX_BYTES, BATCH_MAX_MEGABYTES, limitBytes, prepareBatch, streamBatch } from './batch.service.ts';
import { readCsvRows } from './csv-rows.ts';
import { readNdjsonRows } from './ndjson-rows.ts';

const ROW_TYPES = ['application/x-ndjson', 'text/csv'];

function isStream(body: unknown): body is AsyncIterable<Buffer | string> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

function notRows(contentType: string | undefined): DomainError {
  return new DomainError('unsupported-media-type', `Send the rows as the request body with Content-Type application/x-ndjson (one JSON object per line) or text/csv (a header row of input names), not ${contentType ?? 'without a Content-Type'}.`);
}

const DESCRIPTION = `Body: NDJSON (\`application/x-ndjson\`, one object of inputs per line) or CSV (\`text/csv\`, header row = input names;
numbers, \`true\`/\`false\` and empty cells become numbers, booleans and null), up to ${BATCH_MAX_MEGABYTES} MB. Answer: one line per row, in order —
NDJSON \`{"row":n,"result":…,"matchedRules":[ids]}\` or \`{"row":n,"error":"…"}\` (default), or CSV with \`Accept: text/csv\`. A bad row never stops the batch.`;

export function batchRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    // The raw body stream is the request body: rows are read while results are written.
    app.addContentTypeParser(ROW_TYPES, (_request, payload, done) => done(null, payload));

    app.post('/decisions/:id/batch', {
      config: { access: 'decisions:evaluate', feature },
      schema: {
        tags, summary: 'Evaluate many rows (NDJSON or CSV in and out, streamed); `version` and, for DMN models, `decision` as query parameters',
        description: DESCRIPTION, params: DecisionParamsSchema, querystring: DecisionVersionQuerySchema, produces: ['application/x-ndjson', 'text/csv'],
      },
    }, async (request, reply) => {
      const contentType = request.headers['content-type'];
      if (!isStream(request.body)) throw notRows(contentType);
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > BATCH_MAX_BYTES) throw bodyTooLarge();
      const { format, evaluate } = await prepareBatch(platform, request.ctx, {
        id: request.params.id, key: request.query.version ?? 'active', decision: request.query.decision, wantsCsv: (request.headers.accept ?? '').includes('text/csv'),
      });
      const body = limitBytes(request.body, BATCH_MAX_BYTES);
      const rows = (contentType ?? '').toLowerCase().startsWith('text/csv') ? readCsvRows(body) : readNdjsonRows(body);
      let isReported = false;
      const onUnexpected = (error: unknown) => {
        if (!isReported) request.log.warn({ err: error }, 'batch row failed unexpectedly');
        isReported = true;
      };
      const output = Readable.from(streamBatch(rows, { evaluate, format, onUnexpected }), { objectMode: false });
      return reply.type(format.contentType).header('cache-control', 'no-store').send(output);
    });
  };
}
