/**
 * The job catalogue: every graphile-worker task and cron schedule of the server. Modules add their
 * tasks here as they land.
 */
import type { TaskList } from 'graphile-worker';
import { ensureAuditPartitions } from './platform/audit.ts';
import type { Platform } from './platform/platform.ts';

export const CRONTAB = ['0 3 * * * maintain-audit-partitions'].join('\n');

export function buildTaskList(platform: Platform): TaskList {
  return {
    // Creates the audit_logs partitions for this month and the next two (idempotent).
    'maintain-audit-partitions': async () => {
      await ensureAuditPartitions(platform.ownerPool);
    },
  };
}
