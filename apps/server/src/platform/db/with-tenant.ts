/**
 * Every tenant query runs inside `withTenant`: one transaction with `app.account_id` and
 * `app.user_id` set transaction-locally, so row-level security sees the tenant and nothing else.
 */
import type { Pool, Tx } from './pool.ts';

export type TenantScope = { accountId: string; userId?: string | null };

/** Runs `work` in a transaction scoped to one tenant; commits on success, rolls back on any error. */
export async function withTenant<T>(pool: Pool, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (tx) => {
    await tx.query("select set_config('app.account_id', $1, true), set_config('app.user_id', $2, true)", [
      scope.accountId,
      scope.userId ?? '',
    ]);
    return work(tx);
  });
}

/** Runs `work` in a transaction scoped to a user but no tenant (their memberships are visible). */
export async function withUser<T>(pool: Pool, userId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (tx) => {
    await tx.query("select set_config('app.user_id', $1, true)", [userId]);
    return work(tx);
  });
}

async function inTransaction<T>(pool: Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
