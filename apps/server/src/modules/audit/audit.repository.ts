/** SQL for reading the audit trail (writing is platform/audit.ts). */
import type { AuditEntry } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

const COLUMNS = `id, action, resource_type as "resourceType", resource_id as "resourceId", actor_id as "actorId", ip,
  request_id as "requestId", before, after, to_json(created_at)#>>'{}' as "createdAt"`;

export type AuditPage = { direction: 'asc' | 'desc'; after: [string, string] | null; limit: number; action?: string | undefined };

/** One page in created-at order (keyset on created_at, id); fetches limit + 1 to know if more follow. */
export async function listAuditEntries(tx: Tx, page: AuditPage): Promise<AuditEntry[]> {
  const comparison = page.direction === 'desc' ? '<' : '>';
  const { rows } = await tx.query<AuditEntry>(
    `select ${COLUMNS} from audit_logs
      where ($1::timestamptz is null or (created_at, id) ${comparison} ($1::timestamptz, $2::uuid))
        and ($3::text is null or action = $3)
      order by created_at ${page.direction}, id ${page.direction}
      limit $4`,
    [page.after?.[0] ?? null, page.after?.[1] ?? null, page.action ?? null, page.limit + 1],
  );
  return rows;
}

export async function findAuditEntry(tx: Tx, id: string): Promise<AuditEntry | undefined> {
  const { rows } = await tx.query<AuditEntry>(`select ${COLUMNS} from audit_logs where id = $1`, [id]);
  return rows[0];
}
