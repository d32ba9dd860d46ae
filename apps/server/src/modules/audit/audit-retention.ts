/**
 * Audit retention (spec 3.8, 15.4), run daily as the owner: monthly partitions whose whole month is
 * older than the longest retention of any account (and never younger than the default 365 days) are
 * dropped; then each account's expired entries are deleted from the partitions that remain (an
 * index scan on (account_id, created_at) per account), in that account's tenant scope, so row-level
 * security still applies.
 */
import { AUDIT_RETENTION_DAYS } from '@flowforge/contracts';
import type { Pool } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { quoteIdent } from '../../platform/db/migrate.ts';

export type RetentionResult = { longestDays: number; droppedPartitions: string[]; deletedEntries: number };

type AccountRetention = { accountId: string; days: number };

const PARTITION_NAME = /^audit_logs_y(\d{4})m(\d{2})$/;
const DAY_MS = 86_400_000;

async function listRetentions(ownerPool: Pool): Promise<AccountRetention[]> {
  const { rows } = await ownerPool.query<AccountRetention>(
    `select a.id as "accountId", coalesce(c.retention_days, $1) as days
       from accounts a left join account_audit_config c on c.account_id = a.id`,
    [AUDIT_RETENTION_DAYS.default],
  );
  return rows;
}

/** The month partitions that end before `cutoff`, oldest first. */
async function listExpiredPartitions(ownerPool: Pool, cutoff: Date): Promise<string[]> {
  const { rows } = await ownerPool.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'audit_logs'::regclass order by c.relname`,
  );
  return rows.map((row) => row.name).filter((name) => {
    const match = PARTITION_NAME.exec(name);
    if (!match) return false;
    const monthEnd = Date.UTC(Number(match[1]), Number(match[2]), 1);
    return monthEnd <= cutoff.getTime();
  });
}

async function deleteExpiredEntries(ownerPool: Pool, retention: AccountRetention): Promise<number> {
  return withTenant(ownerPool, { accountId: retention.accountId }, async (tx) => {
    const result = await tx.query(
      'delete from audit_logs where account_id = $1 and created_at < now() - make_interval(days => $2)',
      [retention.accountId, retention.days],
    );
    return result.rowCount ?? 0;
  });
}

/** Applies every account's retention; `now` decides which months have expired. */
export async function applyAuditRetention(ownerPool: Pool, now: Date = new Date()): Promise<RetentionResult> {
  const retentions = await listRetentions(ownerPool);
  const longestDays = Math.max(AUDIT_RETENTION_DAYS.default, ...retentions.map((retention) => retention.days));
  const droppedPartitions = await listExpiredPartitions(ownerPool, new Date(now.getTime() - longestDays * DAY_MS));
  for (const name of droppedPartitions) await ownerPool.query(`drop table ${quoteIdent(name)}`);
  let deletedEntries = 0;
  // Every account, not only those that keep entries for less: this also clears expired entries
  // that landed in audit_logs_default (written only when a month's partition was missing).
  for (const retention of retentions) deletedEntries += await deleteExpiredEntries(ownerPool, retention);
  return { longestDays, droppedPartitions, deletedEntries };
}
