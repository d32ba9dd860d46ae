/**
 * Builds the Fastify instance: platform plugins, then the modules. No listen — main.ts and the tests
 * call this. Hook order matters: request context → CSRF → rate limit → route access.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuthRoutes } from './platform/auth/auth-routes.ts';
import { registerHealth } from './platform/health.ts';
import { registerCsrfProtection } from './platform/http/csrf.ts';
import { registerProblemHandler } from './platform/http/problem-handler.ts';
import { registerRateLimit } from './platform/http/rate-limit.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { registerRouteAccess } from './platform/http/route-access.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerWebApp } from './platform/http/static-web.ts';
import { buildLoggerOptions, generateRequestId } from './platform/logger.ts';
import { registerMetrics } from './platform/metrics.ts';
import { registerOpenApi } from './platform/openapi.ts';
import type { Platform } from './platform/platform.ts';
import { accountRoutes } from './modules/accounts/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { eventRoutes } from './modules/events/index.ts';
import { sessionRoutes } from './modules/sessions/index.ts';

export async function buildApp(platform: Platform): Promise<FastifyInstance> {
  const { config } = platform;
  const app = Fastify({
    logger: buildLoggerOptions(config.logLevel),
    genReqId: generateRequestId,
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.publicUrl !== undefined,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => void reply.header('x-request-id', request.id));
  registerProblemHandler(app);
  registerSecurityHeaders(app, { https: platform.baseUrl.startsWith('https://') });
  registerRequestContext(app, platform);
  registerCsrfProtection(app, platform.trustedOrigins);
  if (config.rateLimit) registerRateLimit(app);
  registerRouteAccess(app);
  registerMetrics(app, { appPool: platform.appPool, ownerPool: platform.ownerPool, realtimeStreams: () => platform.realtime.listenerCount });
  registerHealth(app, platform.appPool);
  await registerOpenApi(app);
  registerAuthRoutes(app, platform.auth);
  await app.register(accountRoutes(platform), { prefix: '/api/v1' });
  await app.register(auditRoutes(platform), { prefix: '/api/v1' });
  await app.register(eventRoutes(platform), { prefix: '/api/v1' });
  await app.register(sessionRoutes(platform), { prefix: '/api/v1' });
  await registerWebApp(app);
  return app;
}
