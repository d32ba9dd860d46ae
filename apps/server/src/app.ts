/**
 * Builds the Fastify instance: platform plugins, then the modules. No listen — main.ts and the tests
 * call this. Hook order matters: request context → CSRF → rate limit → refused credential → route access.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuthRoutes } from './platform/auth/auth-routes.ts';
import { registerHealth } from './platform/health.ts';
import { registerCsrfProtection } from './platform/http/csrf.ts';
import { registerProblemHandler } from './platform/http/problem-handler.ts';
import { registerRateLimit } from './platform/http/rate-limit.ts';
import { registerCredentialCheck, registerRequestContext } from './platform/http/request-context.ts';
import { registerRouteAccess } from './platform/http/route-access.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerWebApp } from './platform/http/static-web.ts';
import { buildLoggerOptions, generateRequestId } from './platform/logger.ts';
import { registerMetrics } from './platform/metrics.ts';
import { registerOpenApi } from './platform/openapi.ts';
import type { Platform } from './platform/platform.ts';
import { accountRoutes } from './modules/accounts/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { accountSettingsRoutes } from './modules/account-settings/index.ts';
import { eventRoutes } from './modules/events/index.ts';
import { sessionRoutes } from './modules/sessions/index.ts';
import { roleRoutes } from './modules/roles/index.ts';
import { groupRoutes } from './modules/groups/index.ts';
import { imageRoutes } from './modules/images/index.ts';
import { profileRoutes } from './modules/profile/index.ts';
import { emailSettingsRoutes } from './modules/email-settings/index.ts';
import { teamRoutes } from './modules/teams/index.ts';
import { invitationRoutes, userRoutes } from './modules/users/index.ts';
import { oauthTokenRoutes, registerJwks, serviceAccountRoutes } from './modules/service-accounts/index.ts';
import { decisionRoutes } from './modules/decisions/index.ts';

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
  registerCredentialCheck(app);
  registerRouteAccess(app);
  registerMetrics(app, { appPool: platform.appPool, ownerPool: platform.ownerPool, realtimeStreams: () => platform.realtime.listenerCount });
  registerHealth(app, platform.appPool);
  await registerOpenApi(app);
  registerAuthRoutes(app, platform);
  await app.register(accountRoutes(platform), { prefix: '/api/v1' });
  await app.register(auditRoutes(platform), { prefix: '/api/v1' });
  await app.register(accountSettingsRoutes(platform), { prefix: '/api/v1' });
  await app.register(eventRoutes(platform), { prefix: '/api/v1' });
  await app.register(sessionRoutes(platform), { prefix: '/api/v1' });
  await app.register(roleRoutes(platform), { prefix: '/api/v1' });
  await app.register(groupRoutes(platform), { prefix: '/api/v1' });
  await app.register(imageRoutes(platform), { prefix: '/api/v1' });
  await app.register(profileRoutes(platform), { prefix: '/api/v1' });
  await app.register(emailSettingsRoutes(platform), { prefix: '/api/v1' });
  await app.register(teamRoutes(platform), { prefix: '/api/v1' });
  await app.register(userRoutes(platform), { prefix: '/api/v1' });
  await app.register(invitationRoutes(platform), { prefix: '/api/v1' });
  await app.register(serviceAccountRoutes(platform), { prefix: '/api/v1' });
  await app.register(oauthTokenRoutes(platform), { prefix: '/api/v1' });
  await app.register(decisionRoutes(platform), { prefix: '/api/v1' });
  registerJwks(app, platform);
  await registerWebApp(app);
  return app;
}
