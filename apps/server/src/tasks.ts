/**
 * The job catalogue: every graphile-worker task and cron schedule of the server. Modules add their
 * tasks here as they land.
 */
import type { TaskList } from 'graphile-worker';
import { applyAuditRetention } from './modules/audit/index.ts';
import { ensureAuditPartitions } from './platform/audit.ts';
import { deliverMail, SEND_MAIL_TASK } from './platform/mail/index.ts';
import type { Platform } from './platform/platform.ts';
import { runDynamicGroupRecompute } from './modules/groups/index.ts';
import { RECOMPUTE_DYNAMIC_GROUPS_TASK } from './modules/roles/index.ts';

export const CRONTAB = ['0 3 * * * maintain-audit-partitions', '30 3 * * * apply-audit-retention'].join('\n');

export function buildTaskList(platform: Platform): TaskList {
  return {
    // Creates the audit_logs partitions for this month and the next two (idempotent).
    'maintain-audit-partitions': async () => {
      await ensureAuditPartitions(platform.ownerPool);
    },
    // Drops expired monthly audit partitions and deletes entries past each account's retention (modules/audit).
    'apply-audit-retention': async (_payload, helpers) => {
      const result = await applyAuditRetention(platform.ownerPool);
      helpers.logger.info(`audit retention: ${result.droppedPartitions.length} partition(s) dropped, ${result.deletedEntries} entries deleted`);
    },
    // Brings dynamic groups whose rules read `roles` in line after a role was renamed or deleted.
    [RECOMPUTE_DYNAMIC_GROUPS_TASK]: async (payload) => {
      await runDynamicGroupRecompute(platform, payload);
    },
    // Delivers one outbox mail (platform/mail): sent, held without SMTP, retried on temporary errors.
    [SEND_MAIL_TASK]: async (payload, helpers) => {
      await deliverMail(platform, { payload, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
    },
  };
}
