/** SQL for a decision's saved test scenarios: one row per decision holding the list and its revision. */
import type { ScenarioSet } from '@flowforge/contracts';
import type { Tx } from '../../../platform/db/pool.ts';

/** The saved list, or none when nobody saved scenarios for the decision yet. */
export async function findScenarioSet(tx: Tx, decisionId: string): Promise<ScenarioSet | undefined> {
  const { rows } = await tx.query<ScenarioSet>('select scenarios, revision from decision_scenarios where decision_id = $1', [decisionId]);
  return rows[0];
}

export type ScenarioWrite = { accountId: string; decisionId: string; scenarios: ScenarioSet['scenarios']; updatedBy: string | null };

/** Stores the list (inserted at revision 1, else replaced at the next revision); answers the new revision. */
export async function writeScenarioSet(tx: Tx, write: ScenarioWrite): Promise<number> {
  const { rows } = await tx.query<{ revision: number }>(
    `insert into decision_scenarios (decision_id, account_id, scenarios, updated_by) values ($1, $2, $3::jsonb, $4)
     on conflict (decision_id) do update
       set scenarios = excluded.scenarios, revision = decision_scenarios.revision + 1, updated_by = excluded.updated_by, updated_at = now()
     returning revision`,
    [write.decisionId, write.accountId, JSON.stringify(write.scenarios), write.updatedBy]);
  return rows[0]?.revision ?? 0;
}
