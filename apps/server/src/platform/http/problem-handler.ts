/**
 * The only place that calls setErrorHandler / setNotFoundHandler: every error leaves the API as
 * RFC 9457 `application/problem+json`. Stacks, SQL and causes go to the log only, linked by traceId.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problemCatalog, problemType, type FieldError, type ProblemCode } from '@flowforge/contracts';
import { DomainError, TransientError } from '../errors.ts';

type Problem = { code: ProblemCode; detail: string; errors?: FieldError[] | undefined; headers?: Record<string, string> | undefined; extensions?: Record<string, unknown> | undefined };

/** Registers the problem error handler and the JSON 404 for unknown API routes. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    return sendProblem(request, reply, problem);
  });
}

/** Sends a problem; used by the error handler and by hooks that answer early (rate limit, CSRF). */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const { status, title } = problemCatalog[problem.code];
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      ...problem.extensions,
      type: problemType(problem.code),
      title,
      status,
      detail: problem.detail,
      instance: request.url.split('?')[0],
      code: problem.code,
      traceId: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
}

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  if (error instanceof DomainError) {
    request.log.info({ code: error.code }, error.message);
    return { code: error.code, detail: error.message, errors: error.errors, headers: error.headers, extensions: error.extensions };
  }
  if (error instanceof TransientError) {
    request.log.warn({ err: error }, 'transient failure');
    return { code: 'service-unavailable', detail: error.message, headers: { 'retry-after': String(error.retryAfterSeconds) } };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const prefix = context === 'body' ? '' : `/${context === 'querystring' ? 'query' : context}`;
    const errors = error.validation.map((issue) => ({ pointer: `${prefix}${issue.instancePath === '/' ? '' : issue.instancePath}` || '/', message: issue.message ?? 'Invalid value' }));
    return { code: 'validation-failed', detail: `The request ${context} has ${errors.length} invalid field(s).`, errors };
  }
  return toFrameworkProblem(error, request);
}

// Errors Fastify raises before our code runs (bad JSON, wrong content type, body too large).
function toFrameworkProblem(error: FastifyError, request: FastifyRequest): Problem {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { code: 'payload-too-large', detail: describeBodyTooLarge(request) };
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { code: 'unsupported-media-type', detail: 'Send the body as application/json.' };
  if (error.statusCode === 400 || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { code: 'validation-failed', detail: error.message, errors: [{ pointer: '/', message: error.message }] };
  }
  request.log.error({ err: error }, 'unhandled error');
  return { code: 'internal-error', detail: `An unexpected error occurred. Quote trace id ${request.id} when reporting it.` };
}

// States both sizes, so the caller knows by how much to shrink the body.
function describeBodyTooLarge(request: FastifyRequest): string {
  const limit = request.routeOptions.bodyLimit;
  const length = Number(request.headers['content-length']);
  const size = Number.isFinite(length) && length > 0 ? `The request body is ${formatBytes(length)}` : 'The request body is too large';
  return limit === undefined ? `${size}.` : `${size}; this endpoint accepts at most ${formatBytes(limit)}.`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1_048_576) return `${Math.ceil(bytes / 102.4) / 10} KB`;
  return `${Math.ceil(bytes / 104_857.6) / 10} MB`;
}
