/**
 * Starts a complete FlowForge server: database (embedded or external), migrations, auth, realtime,
 * HTTP and — unless WORKERS=0 — the job workers. Returns a handle that shuts all of it down in order.
 * main.ts calls this for `npm start`; the test harness calls it with its own config.
 */
import type { Runner } from 'graphile-worker';
import { buildApp } from './app.ts';
import { createAuth } from './platform/auth/auth.ts';
import { buildSigningKeys } from './platform/auth/signing-keys.ts';
import type { Config } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { APP_ROLE } from './platform/db/bootstrap.ts';
import { findFreePort } from './platform/db/embedded-postgres.ts';
import { migrate } from './platform/db/migrate.ts';
import { createPool } from './platform/db/pool.ts';
import type { Platform } from './platform/platform.ts';
import { RealtimeHub } from './platform/realtime.ts';
import { loadSecrets } from './platform/secrets.ts';
import { seedDemoAccount, type DemoCredentials } from './platform/seed.ts';
import { startWorkers } from './platform/jobs.ts';
import { buildTaskList, CRONTAB } from './tasks.ts';

export type RunningServer = { url: string; demo: DemoCredentials | null; platform: Platform; close: () => Promise<void> };

export async function startServer(config: Config, log: (message: string) => void = console.log): Promise<RunningServer> {
  const secrets = await loadSecrets(config.dataDir);
  const database = await openDatabase(config, secrets, log);
  const onPoolError = (error: Error) => log(`database pool error: ${error.message}`);
  const ownerPool = createPool(database.ownerUrl, { max: 4, onError: onPoolError });
  const appPool = createPool(database.appUrl, { max: config.dbPoolSize, onError: onPoolError });
  const stopDatabase = async () => {
    await Promise.allSettled([ownerPool.end(), appPool.end()]);
    await database.stop();
  };
  try {
    await migrate(ownerPool, APP_ROLE);
    const port = config.port === 0 ? await findFreePort() : config.port;
    const baseUrl = config.publicUrl ?? `http://localhost:${port}`;
    const trustedOrigins = [...new Set([baseUrl, `http://localhost:${port}`, `http://127.0.0.1:${port}`, ...config.trustedOrigins])];
    const authSecret = config.authSecret ?? secrets.authSecret;
    const auth = createAuth({ pool: appPool, secret: authSecret, baseUrl, trustedOrigins });
    const realtime = new RealtimeHub(database.appUrl, onPoolError);
    await realtime.start();
    const signingKeys = buildSigningKeys(secrets.jwtSigningKeys);
    const platform: Platform = { config, appPool, ownerPool, auth, authSecret, realtime, baseUrl, trustedOrigins, signingKeys };
    const app = await buildApp(platform);
    const demo = config.seedDemo ? await seedDemoAccount(platform, secrets.demoPassword) : null;
    await app.listen({ port, host: config.host });
    const workers: Runner | null = config.workers > 0
      ? await startWorkers({ pool: ownerPool, concurrency: config.workers, tasks: buildTaskList(platform), crontab: CRONTAB })
      : null;
    const close = async () => {
      await app.close();
      await workers?.stop();
      await realtime.stop();
      await stopDatabase();
    };
    return { url: `http://localhost:${port}`, demo, platform, close };
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}
