/**
 * The background recompute of an account's dynamic groups (task RECOMPUTE_DYNAMIC_GROUPS_TASK,
 * scheduled by the roles module after a role is renamed or deleted). Only rules that read `roles`
 * can change, so only those are evaluated.
 */
import { withTenant } from '../../platform/db/with-tenant.ts';
import type { Platform } from '../../platform/platform.ts';
import { applyDynamicGroups } from './dynamic-groups.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs one recompute job; a payload without a valid account id is dropped (nothing to retry). */
export async function runDynamicGroupRecompute(platform: Pick<Platform, 'appPool'>, payload: unknown): Promise<void> {
  const accountId = (payload as { accountId?: unknown } | null)?.accountId;
  if (typeof accountId !== 'string' || !UUID.test(accountId)) return;
  await withTenant(platform.appPool, { accountId }, (tx) => applyDynamicGroups(tx, { accountId, referencing: 'roles' }));
}
