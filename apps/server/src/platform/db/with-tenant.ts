/**
 * Every tenant query runs inside `withTenant`: one transaction with `app.account_id` and
 * `app.user_id` set transaction-locally, so row-level security sees the tenant and nothing else.
 */
import type { Pool, Tx } from './pool.ts';

export type TenantScope = { accountId: string; userId?: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `work` in a transaction scoped to one tenant; commits on success, rolls back on any error. */
export async function withTenant<T>(pool: Pool, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  const settings = `set_config('app.account_id', ${uuidLiteral(scope.accountId)}, true), set_config('app.user_id', ${scope.userId ? uuidLiteral(scope.userId) : "''"}, true)`;
  return inTransaction(pool, settings, work);
}

/** Runs `work` in a transaction scoped to a user but no tenant (their memberships are visible). */
export async function withUser<T>(pool: Pool, userId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(pool, `set_config('app.user_id', ${uuidLiteral(userId)}, true)`, work);
}

// BEGIN and the settings travel in one round trip (simple query protocol, several statements);
// the values are checked to be UUIDs before they are put into the SQL text.
async function inTransaction<T>(pool: Pool, settings: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`begin; select ${settings}`);
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

function uuidLiteral(value: string): string {
  if (!UUID.test(value)) throw new TypeError(`Not a UUID: ${JSON.stringify(value)}`);
  return `'${value}'`;
}
