/**
 * Running decisions (spec §11.2.1, §11.3): evaluate one set of inputs, test scenarios, compare two
 * versions over a list of inputs, and verify a table (overlaps, gaps, subsumed rules).
 */
import type { z } from 'zod';
import type {
  CompareBodySchema, CompareReport, EvaluateBodySchema, EvaluationResult, TestBodySchema, TestReport, VerificationWarning,
} from '@flowforge/contracts';
import { compareOutcomes, runScenarios, verifyTable } from '@flowforge/decisions';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { getDecisionRow, getVersionRow, inTenant } from '../decision-lookup.ts';
import { savedScenariosToRun } from '../scenarios/scenarios.service.ts';
import type { VersionKey } from '../versions.repository.ts';
import { withEvaluationProblems } from './evaluation-errors.ts';
import { loadRunnable, type Evaluator, type Runnable } from './runnable.ts';
import { todayIn } from './today.ts';

type Day = { at?: string | undefined };

function evaluatorFor(runnable: Runnable, options: Day & { decision?: string | undefined }): Evaluator {
  return runnable.evaluator({ at: options.at ?? todayIn(runnable.timeZone, new Date()), decision: options.decision });
}

export function loadDecisionVersion(platform: Platform, ctx: RequestContext, input: { id: string; key: VersionKey }): Promise<Runnable> {
  return inTenant(platform, ctx, (tx) => loadRunnable(tx, { decisionId: input.id }, input.key));
}

export async function evaluateDecision(platform: Platform, ctx: RequestContext, input: { id: string; body: z.output<typeof EvaluateBodySchema> }): Promise<EvaluationResult> {
  const { body } = input;
  const runnable = await loadDecisionVersion(platform, ctx, { id: input.id, key: body.version });
  const evaluation = withEvaluationProblems(() => evaluatorFor(runnable, body)(body.inputs));
  return { ...evaluation, version: runnable.version };
}

/**
 * Runs every scenario — those of the request, else the decision's saved ones (422 when it has
 * none); a scenario whose evaluation fails counts as failed with its error.
 */
export async function testDecision(platform: Platform, ctx: RequestContext, input: { id: string; body: z.output<typeof TestBodySchema>; decision?: string | undefined }): Promise<TestReport> {
  const { body } = input;
  const { runnable, scenarios } = await inTenant(platform, ctx, async (tx) => {
    const loaded = await loadRunnable(tx, { decisionId: input.id }, body.version);
    return { runnable: loaded, scenarios: body.scenarios ?? await savedScenariosToRun(tx, { id: loaded.decisionId, name: loaded.name }) };
  });
  const report = withEvaluationProblems(() => runScenarios(evaluatorFor(runnable, { at: body.at, decision: input.decision }), scenarios));
  return { ...report, version: runnable.version };
}

/** Every input whose outcome differs between the two versions. */
export async function compareDecisionVersions(platform: Platform, ctx: RequestContext, input: { id: string; body: z.output<typeof CompareBodySchema>; decision?: string | undefined }): Promise<CompareReport> {
  const { body } = input;
  const [from, to] = await inTenant(platform, ctx, async (tx) => [
    await loadRunnable(tx, { decisionId: input.id }, body.from),
    await loadRunnable(tx, { decisionId: input.id }, body.to),
  ]);
  const at = todayIn(from.timeZone, new Date());
  return withEvaluationProblems(() => compareOutcomes(evaluatorFor(from, { at, decision: input.decision }), evaluatorFor(to, { at, decision: input.decision }), body.inputs));
}

/**
 * Verification warnings for a table version (by default the active one, else the draft). Works on
 * drafts with invalid cells too: those come back as `syntax` warnings.
 */
export function verifyDecision(platform: Platform, ctx: RequestContext, input: { id: string; key: VersionKey | undefined }): Promise<VerificationWarning[]> {
  return inTenant(platform, ctx, async (tx) => {
    const decision = await getDecisionRow(tx, input.id);
    const key = input.key ?? (decision.activeVersion === null ? 'draft' : 'active');
    const version = await getVersionRow(tx, decision, key);
    if (!version.table) {
      throw new DomainError('decision-kind-mismatch', `"${decision.name}" is a DMN model; verification checks decision tables.`);
    }
    return verifyTable(version.table);
  });
}
