/**
 * The audit trail (spec 13.3, 15.4). Every mutation calls `recordAudit` inside its own transaction,
 * so the entry commits or rolls back with the change it describes.
 */
import type { Tx } from './db/pool.ts';

/** Who did it: the acting user in an account, and where the request came from. */
export type AuditActor = { requestId: string; ip: string; principal: { userId: string | null; accountId: string } };

export type AuditEvent = {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit entry for the caller's account (actor, ip and request id from the context). */
export async function recordAudit(tx: Tx, ctx: AuditActor, event: AuditEvent): Promise<void> {
  await tx.query(
    `insert into audit_logs (account_id, actor_id, action, resource_type, resource_id, before, after, ip, request_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      ctx.principal.accountId,
      ctx.principal.userId,
      event.action,
      event.resourceType,
      event.resourceId ?? null,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
      ctx.ip,
      ctx.requestId,
    ],
  );
}

/** Creates this month's and the next two months' partitions (idempotent; runs as the owner). */
export async function ensureAuditPartitions(ownerTx: { query: Tx['query'] }): Promise<void> {
  await ownerTx.query(`select ensure_audit_log_partition((now() + make_interval(months => m))::date) from generate_series(0, 2) as m`);
}
