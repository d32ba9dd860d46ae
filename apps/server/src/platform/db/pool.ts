import pg from 'pg';

export type Pool = pg.Pool;
export type Tx = pg.PoolClient;

/** A pool that logs instead of crashing when an idle client loses its connection. */
export function createPool(connectionString: string, options: { max: number; onError: (error: Error) => void }): Pool {
  const pool = new pg.Pool({ connectionString, max: options.max, idleTimeoutMillis: 30_000 });
  pool.on('error', options.onError);
  pool.on('connect', (client) => client.on('error', options.onError));
  return pool;
}
