/** OpenAPI 3.1 document (generated from the routes' zod schemas) and the interactive reference. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'FlowForge API',
        version: '1',
        description: 'Errors are RFC 9457 problem details (application/problem+json). Lists use cursor pagination (`limit` ≤ 200, `cursor`).',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'flowforge.session_token' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'A service account\'s API key (Admin › Service accounts).' },
          oauth: {
            type: 'oauth2',
            description: 'Client credentials of a service account; the access token is an RS256 JWT (JWKS at /.well-known/jwks.json).',
            flows: { clientCredentials: { tokenUrl: '/api/v1/oauth/token', scopes: {} } },
          },
        },
      },
      security: [{ session: [] }, { apiKey: [] }, { oauth: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
