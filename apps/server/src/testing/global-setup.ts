/** vitest globalSetup for server and browser tests: one cluster per run, template migrated once. */
import type { TestProject } from 'vitest/node';
import { startTestCluster } from '@flowforge/test-kit';
import { APP_ROLE, prepareEmbeddedDatabase } from '../platform/db/bootstrap.ts';
import { migrate } from '../platform/db/migrate.ts';
import { createPool } from '../platform/db/pool.ts';

const TEMPLATE = 'flowforge_template';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { cluster, stop } = await startTestCluster({
    prepareTemplate: async (superuserUrl, roles) => {
      const urls = await prepareEmbeddedDatabase({ superuserUrl, database: TEMPLATE, ownerPassword: roles.ownerPassword, appPassword: roles.appPassword });
      const pool = createPool(urls.ownerUrl, { max: 2, onError: () => undefined });
      try {
        await migrate(pool, APP_ROLE);
      } finally {
        await pool.end();
      }
      return TEMPLATE;
    },
  });
  project.provide('testCluster', cluster);
  return stop;
}
