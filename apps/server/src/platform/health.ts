/** Liveness (/healthz: the process answers) and readiness (/readyz: database reachable, schema current). */
import type { FastifyInstance } from 'fastify';
import type { Pool } from './db/pool.ts';
import { isSchemaCurrent } from './db/migrate.ts';

export function registerHealth(app: FastifyInstance, pool: Pool): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const checks = { database: false, migrations: false };
    try {
      await pool.query('select 1');
      checks.database = true;
      checks.migrations = await isSchemaCurrent(pool);
    } catch {
      // reported below as not ready
    }
    const ready = checks.database && checks.migrations;
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', checks });
  });
}
