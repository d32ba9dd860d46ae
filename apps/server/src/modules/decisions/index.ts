/** Decision tables (spec §11): the HTTP routes, and DECISION(name, inputs) for the expression language. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../../platform/platform.ts';
import { batchRoutes } from './batch/batch.routes.ts';
import { registerDecisionRoutes, registerVersionRoutes } from './decisions.routes.ts';
import { dmnFileRoutes } from './dmn-files/dmn-files.routes.ts';
import { registerEvaluationRoutes } from './evaluation/evaluation.routes.ts';
import { registerScenarioRoutes } from './scenarios/scenarios.routes.ts';

export { decisionHostFunctions, decisionHostFunctionsFor } from './evaluation/decision-host.ts';

export function decisionRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    registerDecisionRoutes(app, platform);
    registerVersionRoutes(app, platform);
    registerEvaluationRoutes(app, platform);
    registerScenarioRoutes(app, platform);
    // Own scopes: their body parsers (raw rows, XML) apply to their routes only.
    await app.register(batchRoutes(platform));
    await app.register(dmnFileRoutes(platform));
  };
}
