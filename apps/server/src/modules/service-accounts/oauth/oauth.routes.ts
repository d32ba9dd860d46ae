/**
 * HTTP for OAuth 2.0 client credentials: the token endpoint under /api/v1 and the JSON Web Key Set
 * at /.well-known/jwks.json. The token endpoint speaks OAuth (RFC 6749 §5), so its errors are
 * `{ error, error_description }`, not problem details; it reads form-encoded bodies (the standard)
 * and JSON, with parsers scoped to this plugin.
 */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JwksSchema, OAuthErrorSchema, ProblemDetailsSchema, TokenResponseSchema } from '@flowforge/contracts';
import { buildJwks } from '../../../platform/auth/signing-keys.ts';
import type { Platform } from '../../../platform/platform.ts';
import { exchangeClientCredentials } from './oauth-token.service.ts';

const tags = ['Service accounts'];
/** A JSON body that did not parse: answered as invalid_request, not as a problem. */
const UNREADABLE = Symbol('unreadable body');

export function oauthTokenRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)) as unknown);
      } catch {
        done(null, UNREADABLE);
      }
    });

    app.post('/oauth/token', {
      config: { access: 'public' },
      schema: {
        tags, security: [],
        summary: 'OAuth 2.0 token endpoint (client credentials): an RS256 access token valid for one hour. Errors follow RFC 6749 §5.2, not RFC 9457',
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
        // Validated by the service, so that a bad request gets an OAuth error rather than a problem.
        body: z.unknown(),
        // Its errors are OAuth's; a problem raised before the handler (e.g. a refused X-API-Key) stays one.
        response: { 200: TokenResponseSchema, 400: OAuthErrorSchema.or(ProblemDetailsSchema), 401: OAuthErrorSchema.or(ProblemDetailsSchema) },
      },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      const body = request.body === UNREADABLE ? 'unreadable' : request.body;
      const result = await exchangeClientCredentials(platform, { body, authorization: request.headers.authorization, ip: request.ip, requestId: request.id });
      if (result.ok) return reply.code(200).send(result.body);
      if (result.error === 'invalid_client') reply.header('www-authenticate', 'Basic realm="flowforge"');
      return reply.code(result.status).send({ error: result.error, error_description: result.description });
    });
  };
}

/** GET /.well-known/jwks.json: the public keys that verify access tokens (current first, then previous). */
export function registerJwks(app: FastifyInstance, platform: Platform): void {
  const jwks = JwksSchema.parse(buildJwks(platform.signingKeys));
  app.get('/.well-known/jwks.json', { schema: { tags, summary: 'JSON Web Key Set (RFC 7517) of the access-token signing keys', security: [] } }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').header('cross-origin-resource-policy', 'cross-origin').send(jwks));
}
