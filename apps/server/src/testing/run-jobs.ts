/**
 * Runs the background jobs that are due, once, with the server's real task list, so integration
 * tests can deliver mail (and other jobs) deterministically instead of waiting for a worker.
 * Like the workers in worker.ts it connects as the owner: the app role cannot read the queue.
 */
import { Logger, runOnce } from 'graphile-worker';
import type { Platform } from '../platform/platform.ts';
import { buildTaskList } from '../tasks.ts';

export type RunJobsOptions = {
  /** Receives graphile-worker's log lines (silent by default; failed jobs are logged there). */
  log?: (level: string, message: string) => void;
};

/** Runs every job that is due now until none is left; failed jobs are rescheduled, not repeated. */
export async function runPendingJobs(platform: Platform, options: RunJobsOptions = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  const logger = new Logger(() => (level, message) => log(level, message));
  await runOnce({ pgPool: platform.ownerPool, taskList: buildTaskList(platform), logger, noHandleSignals: true });
}
