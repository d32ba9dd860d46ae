import type { Runner } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from './db/with-tenant.ts';
import { addJob, startWorkers } from './jobs.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let runner: Runner;
let user: SignedUpUser;
const received: { accountId: string; note: string }[] = [];
const waiters: (() => void)[] = [];

beforeAll(async () => {
  t = await createTestApp();
  user = await signUpUser(t.app, 'Jobs');
  runner = await startWorkers({
    pool: t.platform.ownerPool,
    concurrency: 2,
    crontab: '',
    tasks: {
      'record-note': async (payload) => {
        received.push(payload as { accountId: string; note: string });
        waiters.splice(0).forEach((wake) => wake());
      },
    },
  });
});
afterAll(async () => {
  await runner.stop();
  await t.close();
});

function nextJob(): Promise<void> {
  return new Promise((resolve) => waiters.push(resolve));
}

describe('jobs', () => {
  it('runs a job added inside a committed tenant transaction', async () => {
    const done = nextJob();

    await withTenant(t.platform.appPool, { accountId: user.accountId, userId: user.userId }, (tx) =>
      addJob(tx, { task: 'record-note', payload: { accountId: user.accountId, note: 'committed' } }));
    await done;

    expect(received).toContainEqual({ accountId: user.accountId, note: 'committed' });
  });

  it('never runs a job whose transaction rolled back', async () => {
    const attempt = withTenant(t.platform.appPool, { accountId: user.accountId }, async (tx) => {
      await addJob(tx, { task: 'record-note', payload: { accountId: user.accountId, note: 'rolled back' } });
      throw new Error('the change failed');
    });
    await expect(attempt).rejects.toThrow('the change failed');
    const marker = nextJob();
    await withTenant(t.platform.appPool, { accountId: user.accountId }, (tx) =>
      addJob(tx, { task: 'record-note', payload: { accountId: user.accountId, note: 'marker' } }));
    await marker;

    expect(received.map((r) => r.note)).not.toContain('rolled back');
    const { rows } = await t.platform.ownerPool.query(`select id from graphile_worker._private_jobs where payload->>'note' = 'rolled back'`);
    expect(rows).toEqual([]);
  });
});
