/**
 * Dynamic group rules read the names of the roles people hold (`roles CONTAINS 'Auditor'`). When a
 * role is renamed or deleted, the groups module recomputes the account's dynamic groups in the
 * background; the task is registered in tasks.ts (the groups module depends on this one, not the
 * other way round).
 */
import type { Tx } from '../../platform/db/pool.ts';
import { addJob } from '../../platform/jobs.ts';

export const RECOMPUTE_DYNAMIC_GROUPS_TASK = 'recompute-dynamic-groups';

/** Enqueues one recompute per account; several changes before it runs collapse into one job. */
export async function scheduleDynamicGroupRecompute(tx: Tx, accountId: string): Promise<void> {
  await addJob(tx, { task: RECOMPUTE_DYNAMIC_GROUPS_TASK, payload: { accountId }, jobKey: `${RECOMPUTE_DYNAMIC_GROUPS_TASK}:${accountId}`, maxAttempts: 5 });
}
