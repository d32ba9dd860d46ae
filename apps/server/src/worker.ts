/**
 * `npm run worker`: a process that only runs background jobs, so API and workers scale separately.
 * Uses DATABASE_URL, or joins the embedded PostgreSQL of a running `npm start`.
 */
import { readConfig } from './platform/config.ts';
import { createAuth } from './platform/auth/auth.ts';
import { buildSigningKeys } from './platform/auth/signing-keys.ts';
import { joinRunningDatabase } from './platform/db/database.ts';
import { prepareAppRole } from './platform/db/bootstrap.ts';
import { createPool } from './platform/db/pool.ts';
import { startWorkers } from './platform/jobs.ts';
import { RealtimeHub } from './platform/realtime.ts';
import { loadSecrets } from './platform/secrets.ts';
import type { Platform } from './platform/platform.ts';
import { buildTaskList, CRONTAB } from './tasks.ts';

const config = readConfig();
const secrets = await loadSecrets(config.dataDir);
const urls = config.databaseUrl
  ? { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl ?? (await prepareAppRole(config.databaseUrl, secrets.appPassword)) }
  : await joinRunningDatabase(config, secrets);
if (!urls) {
  console.error('No database: set DATABASE_URL, or start the server first with `npm start` (the worker joins its embedded PostgreSQL).');
  process.exit(1);
}

const log = (error: Error) => console.error(`database error: ${error.message}`);
const ownerPool = createPool(urls.ownerUrl, { max: 4, onError: log });
const appPool = createPool(urls.appUrl, { max: 10, onError: log });
const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
const authSecret = config.authSecret ?? secrets.authSecret;
const platform: Platform = {
  config, appPool, ownerPool, baseUrl, trustedOrigins: [baseUrl], authSecret,
  auth: createAuth({ pool: appPool, secret: authSecret, baseUrl, trustedOrigins: [baseUrl] }),
  realtime: new RealtimeHub(urls.appUrl, log),
  signingKeys: buildSigningKeys(secrets.jwtSigningKeys),
};
const runner = await startWorkers({ pool: ownerPool, concurrency: Math.max(1, config.workers), tasks: buildTaskList(platform), crontab: CRONTAB });
console.log(`FlowForge worker running (concurrency ${Math.max(1, config.workers)}).`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void runner.stop().then(() => Promise.allSettled([ownerPool.end(), appPool.end()])).then(() => process.exit(0));
  });
}
