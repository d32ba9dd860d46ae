/**
 * Background jobs on graphile-worker (its own schema). Jobs are added with `addJob(tx, …)` inside the
 * caller's transaction, so a rolled-back change never leaves a job behind. Workers run in the server
 * process by default (WORKERS=0 disables them) or alone via `npm run worker`.
 */
import { run, type Runner, type TaskList } from 'graphile-worker';
import type { Pool, Tx } from './db/pool.ts';

export type Job = {
  task: string;
  payload: Record<string, unknown>;
  runAt?: Date;
  maxAttempts?: number;
  /** Replaces a pending job with the same key (debounce, reschedule). */
  jobKey?: string;
  /** Jobs in one queue run one at a time, in order. */
  queueName?: string;
};

/** Enqueues a job in the caller's transaction (graphile_worker.add_job via migration 0005). */
export async function addJob(tx: Tx, job: Job): Promise<void> {
  await tx.query(
    'select enqueue_job($1, $2::json, $3, $4, $5, $6)',
    [job.task, JSON.stringify(job.payload), job.queueName ?? null, job.runAt ?? null, job.maxAttempts ?? 10, job.jobKey ?? null],
  );
}

export type WorkerOptions = {
  pool: Pool;
  concurrency: number;
  tasks: TaskList;
  /** graphile-worker crontab lines, e.g. `0 3 * * * maintain-audit-partitions`. */
  crontab: string;
};

/** Starts a worker pool; stop it with `runner.stop()`. */
export async function startWorkers(options: WorkerOptions): Promise<Runner> {
  return run({
    pgPool: options.pool,
    concurrency: options.concurrency,
    taskList: options.tasks,
    crontab: options.crontab,
    noHandleSignals: true,
    pollInterval: 2000,
  });
}

/** Counts of jobs by state, for /metrics. */
export async function countJobs(pool: Pool): Promise<{ waiting: number; running: number; failed: number }> {
  const { rows } = await pool.query<{ waiting: string; running: string; failed: string }>(
    `select count(*) filter (where locked_at is null and attempts < max_attempts) as waiting,
            count(*) filter (where locked_at is not null) as running,
            count(*) filter (where attempts >= max_attempts) as failed
       from graphile_worker.jobs`,
  );
  const row = rows[0];
  return { waiting: Number(row?.waiting ?? 0), running: Number(row?.running ?? 0), failed: Number(row?.failed ?? 0) };
}
