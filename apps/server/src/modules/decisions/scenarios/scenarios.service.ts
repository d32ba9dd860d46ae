/**
 * A decision's saved test scenarios (spec §11.3): read by anyone who may read the decision, replaced
 * as a whole by those who may edit it — guarded by the revision they loaded, so concurrent editors
 * get a conflict rather than overwriting each other — and run by `POST /decisions/:id/test` when the
 * request brings no scenarios of its own.
 */
import type { SaveScenariosBody, ScenarioSet, TestScenario } from '@flowforge/contracts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Tx } from '../../../platform/db/pool.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { getDecisionRow, inTenant, lockDecisionRow } from '../decision-lookup.ts';
import { findScenarioSet, writeScenarioSet } from './scenarios.repository.ts';

type SavedScenario = ScenarioSet['scenarios'][number];

const NONE_SAVED: ScenarioSet = { scenarios: [], revision: 0 };

/** The stored shape: every member present (a scenario without a name is stored with name ''). */
function normalized(scenario: TestScenario): SavedScenario {
  return { name: scenario.name ?? '', inputs: scenario.inputs, expected: scenario.expected ?? null };
}

// PostgreSQL's jsonb cannot hold the NUL character; refuse it as bad input rather than fail on it.
function assertStorable(scenarios: readonly SavedScenario[]): void {
  const index = scenarios.findIndex((scenario) => JSON.stringify(scenario).includes('\\u0000'));
  if (index >= 0) {
    throw new DomainError('validation-failed', `Scenario ${index + 1} contains the NUL character (\\u0000), which cannot be stored.`, {
      errors: [{ pointer: `/scenarios/${index}`, message: 'Remove the NUL character (\\u0000)' }],
    });
  }
}

function staleScenarios(current: number, sent: number): DomainError {
  return new DomainError('decision-scenarios-stale', `The scenarios are at revision ${current}, you sent ${sent}: someone else saved them in between.`, {
    errors: [{ pointer: '/revision', message: 'Reload the scenarios and apply your changes again' }],
  });
}

export function getScenarios(platform: Platform, ctx: RequestContext, id: string): Promise<ScenarioSet> {
  return inTenant(platform, ctx, async (tx) => {
    const decision = await getDecisionRow(tx, id);
    return (await findScenarioSet(tx, decision.id)) ?? NONE_SAVED;
  });
}

/** Replaces the list; with `revision`, only while the saved list is still at it (0: none saved yet). */
export function saveScenarios(platform: Platform, ctx: RequestContext, input: { id: string; body: SaveScenariosBody }): Promise<ScenarioSet> {
  const scenarios = input.body.scenarios.map(normalized);
  assertStorable(scenarios);
  return inTenant(platform, ctx, async (tx, tenant) => {
    // The decision's lock queues concurrent saves, so the revision read here is the one replaced.
    const decision = await lockDecisionRow(tx, input.id);
    const before = (await findScenarioSet(tx, decision.id)) ?? NONE_SAVED;
    const { revision: sent } = input.body;
    if (sent !== undefined && sent !== before.revision) throw staleScenarios(before.revision, sent);
    const { accountId, userId } = tenant.principal;
    const revision = await writeScenarioSet(tx, { accountId, decisionId: decision.id, scenarios, updatedBy: userId });
    await recordAudit(tx, tenant, {
      action: 'decision.scenarios_saved', resourceType: 'decision', resourceId: decision.id,
      before: { scenarios: before.scenarios.length, revision: before.revision }, after: { scenarios: scenarios.length, revision },
    });
    return { scenarios, revision };
  });
}

/** The saved scenarios a test run without scenarios of its own uses; 422 when there are none. */
export async function savedScenariosToRun(tx: Tx, decision: { id: string; name: string }): Promise<SavedScenario[]> {
  const saved = await findScenarioSet(tx, decision.id);
  if (!saved || saved.scenarios.length === 0) {
    throw new DomainError('decision-no-scenarios', `"${decision.name}" has no saved test scenarios: send \`scenarios\`, or save some first.`, {
      errors: [{ pointer: '/scenarios', message: 'Send scenarios, or save some with the decision first' }],
    });
  }
  return saved.scenarios;
}
