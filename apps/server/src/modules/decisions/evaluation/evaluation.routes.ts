/** HTTP for running decisions (spec §11.2.1, §11.3): evaluate, test scenarios, compare versions, verify a table. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CompareBodySchema, CompareReportSchema, DecisionVersionQuerySchema, EvaluateBodySchema, EvaluationResultSchema, TestBodySchema, TestReportSchema,
  VerificationWarningSchema,
} from '@flowforge/contracts';
import type { Platform } from '../../../platform/platform.ts';
import { DecisionParamsSchema, feature, tags } from '../decisions.routes.ts';
import { compareDecisionVersions, evaluateDecision, testDecision, verifyDecision } from './evaluation.service.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];

const DmnDecisionQuerySchema = DecisionVersionQuerySchema.pick({ decision: true });

export function registerEvaluationRoutes(app: App, platform: Platform): void {
  app.post('/decisions/:id/evaluate', {
    config: { access: 'decisions:evaluate', feature },
    schema: {
      tags, summary: 'Evaluate the active version (or `version`: a number or `draft`) with `inputs`; the result names the matched and selected rules',
      description: '409 when nothing is published yet; 422 `decision-evaluation-failed` (with `reason` and `ruleIds`) when the hit policy or an allowed-values list is violated.',
      params: DecisionParamsSchema, body: EvaluateBodySchema, response: { 200: EvaluationResultSchema },
    },
  }, async (request) => evaluateDecision(platform, request.ctx, { id: request.params.id, body: request.body }));

  app.post('/decisions/:id/test', {
    config: { access: 'decisions:evaluate', feature },
    schema: {
      tags, summary: 'Run test scenarios (inputs → expected result) and report pass/fail per scenario; `?decision=` picks a decision of a DMN model',
      description: 'Without `scenarios`, runs the scenarios saved with the decision (`PUT /decisions/:id/scenarios`); 422 `decision-no-scenarios` when it has none.',
      params: DecisionParamsSchema, querystring: DmnDecisionQuerySchema, body: TestBodySchema, response: { 200: TestReportSchema },
    },
  }, async (request) => testDecision(platform, request.ctx, { id: request.params.id, body: request.body, decision: request.query.decision }));

  app.post('/decisions/:id/compare', {
    config: { access: 'decisions:evaluate', feature },
    schema: {
      tags, summary: 'Evaluate two versions over a list of inputs and report every input whose outcome changed; `?decision=` picks a decision of a DMN model',
      params: DecisionParamsSchema, querystring: DmnDecisionQuerySchema, body: CompareBodySchema, response: { 200: CompareReportSchema },
    },
  }, async (request) => compareDecisionVersions(platform, request.ctx, { id: request.params.id, body: request.body, decision: request.query.decision }));

  app.get('/decisions/:id/verification', {
    config: { access: 'decisions:read', feature },
    schema: {
      tags, summary: 'Verification warnings of a table version (default: the active one, else the draft): overlaps, gaps, subsumed rules, invalid cells',
      params: DecisionParamsSchema, querystring: DecisionVersionQuerySchema.pick({ version: true }), response: { 200: z.array(VerificationWarningSchema) },
    },
  }, async (request) => verifyDecision(platform, request.ctx, { id: request.params.id, key: request.query.version }));
}
