import { defineConfig } from 'vitest/config';

// One run, three kinds of test (ARCHITECTURE.md "Tests"): pure unit tests, server integration
// tests against a real PostgreSQL, and browser journeys against the real server.
const serverSetup = './apps/server/src/testing/global-setup.ts';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/plain-reporter.ts'],
    // Two files at a time even on a 2-core machine (vitest would take one): browser journeys and
    // integration tests mostly wait on their server, PostgreSQL and Chromium processes.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      'apps/web/vitest.config.ts',
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['apps/server/src/**/*.integration.test.ts'],
          globalSetup: [serverSetup],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/web/e2e/**/*.spec.ts'],
          globalSetup: [serverSetup],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
