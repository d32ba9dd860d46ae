import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { applyAuditRetention, type RetentionResult } from './audit-retention.ts';

let t: TestApp;
let shortKeeper: SignedUpUser; // keeps 30 days
let longKeeper: SignedUpUser; // keeps 730 days
let standard: SignedUpUser; // never set a retention: 365 days
let result: RetentionResult;

// Entries `monthsAgo` months back, on the 3rd of that month (or `daysAgo` days back), written as the
// owner in the account's scope after creating the month's partition — as an old installation has them.
type Seed = { user: SignedUpUser; action: string; monthsAgo?: number; daysAgo?: number };

async function seed(entry: Seed): Promise<void> {
  const at = entry.monthsAgo === undefined
    ? `now() - make_interval(days => ${entry.daysAgo ?? 0})`
    : `date_trunc('month', now() - make_interval(months => ${entry.monthsAgo})) + interval '2 days'`;
  await withTenant(t.platform.ownerPool, { accountId: entry.user.accountId }, async (tx) => {
    await tx.query(`select ensure_audit_log_partition((${at})::date)`);
    await tx.query(`insert into audit_logs (account_id, action, resource_type, created_at) values ($1, $2, 'test', ${at})`, [entry.user.accountId, entry.action]);
  });
}

async function actionsOf(user: SignedUpUser): Promise<string[]> {
  return withTenant(t.platform.appPool, { accountId: user.accountId }, async (tx) =>
    (await tx.query<{ action: string }>(`select action from audit_logs where action like 'old.%' order by action`)).rows.map((row) => row.action));
}

async function setRetention(user: SignedUpUser, retentionDays: number): Promise<void> {
  const response = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/audit', headers: user.headers, payload: { retentionDays } });
  expect(response.statusCode).toBe(200);
}

async function partitionExists(monthsAgo: number): Promise<boolean> {
  const { rows } = await t.platform.ownerPool.query<{ exists: boolean }>(
    `select to_regclass(format('audit_logs_y%sm%s', to_char(d, 'YYYY'), to_char(d, 'MM'))) is not null as exists
       from (select date_trunc('month', now() - make_interval(months => $1::int)) as d) m`,
    [monthsAgo],
  );
  return rows[0]?.exists ?? false;
}

beforeAll(async () => {
  t = await createTestApp();
  [shortKeeper, longKeeper, standard] = [await signUpUser(t.app, 'Short'), await signUpUser(t.app, 'Long'), await signUpUser(t.app, 'Standard')];
  await setRetention(shortKeeper, 30);
  await setRetention(longKeeper, 730);
  for (const user of [shortKeeper, longKeeper, standard]) await seed({ user, action: 'old.26-months', monthsAgo: 26 });
  for (const user of [shortKeeper, longKeeper, standard]) await seed({ user, action: 'old.14-months', monthsAgo: 14 });
  await seed({ user: shortKeeper, action: 'old.40-days', daysAgo: 40 });
  await seed({ user: shortKeeper, action: 'old.10-days', daysAgo: 10 });
  await seed({ user: standard, action: 'old.40-days', daysAgo: 40 });
  result = await applyAuditRetention(t.platform.ownerPool);
});
afterAll(async () => t.close());

describe('applyAuditRetention', () => {
  it('keeps partitions for the longest retention of any account', () => {
    expect(result.longestDays).toBe(730);
  });

  it('drops the month partitions older than the longest retention, with every account\'s entries in them', async () => {
    expect(result.droppedPartitions).toHaveLength(1);
    expect(await partitionExists(26)).toBe(false);
    expect(await partitionExists(14)).toBe(true);
    expect(await actionsOf(longKeeper)).not.toContain('old.26-months');
  });

  it('deletes the expired entries of accounts that keep them for less, and nothing else', async () => {
    expect(await actionsOf(shortKeeper)).toEqual(['old.10-days']);
    expect(await actionsOf(standard)).toEqual(['old.40-days']);
    expect(await actionsOf(longKeeper)).toEqual(['old.14-months']);
    expect(result.deletedEntries).toBe(3);
  });

  it('keeps today\'s entries of every account', async () => {
    for (const user of [shortKeeper, longKeeper, standard]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=account.created', headers: user.headers });
      expect(response.json().items).toHaveLength(1);
    }
  });

  it('changes nothing when run again', async () => {
    const again = await applyAuditRetention(t.platform.ownerPool);

    expect(again).toEqual({ longestDays: 730, droppedPartitions: [], deletedEntries: 0 });
  });
});
