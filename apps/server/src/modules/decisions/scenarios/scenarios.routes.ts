/** HTTP for a decision's saved test scenarios (spec §11.3): read them, replace them. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SaveScenariosBodySchema, ScenarioSetSchema } from '@flowforge/contracts';
import type { Platform } from '../../../platform/platform.ts';
import { DecisionParamsSchema, feature, tags } from '../decisions.routes.ts';
import { getScenarios, saveScenarios } from './scenarios.service.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];

export function registerScenarioRoutes(app: App, platform: Platform): void {
  app.get('/decisions/:id/scenarios', {
    config: { access: 'decisions:read', feature },
    schema: {
      tags, summary: 'The test scenarios saved with the decision (inputs → expected result), shared by everyone who works on it; `revision` 0 while none were saved',
      params: DecisionParamsSchema, response: { 200: ScenarioSetSchema },
    },
  }, async (request) => getScenarios(platform, request.ctx, request.params.id));

  app.put('/decisions/:id/scenarios', {
    config: { access: 'decisions:update', feature },
    schema: {
      tags, summary: 'Replace the saved test scenarios (at most 1,000); with `revision`, 409 `decision-scenarios-stale` when someone saved them in between',
      description: '`POST /decisions/:id/test` without `scenarios` runs the saved ones.',
      params: DecisionParamsSchema, body: SaveScenariosBodySchema, response: { 200: ScenarioSetSchema },
    },
  }, async (request) => saveScenarios(platform, request.ctx, { id: request.params.id, body: request.body }));
}
