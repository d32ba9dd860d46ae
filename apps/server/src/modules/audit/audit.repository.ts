/** SQL for reading the audit trail (writing is platform/audit.ts; nothing updates or deletes it here). */
import type { AuditEntry, AuditFacets } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { buildAuditWhere, type AuditCriteria } from './audit-criteria.ts';

const COLUMNS = `l.id, l.action, l.resource_type as "resourceType", l.resource_id as "resourceId", l.actor_id as "actorId",
  u.name as "actorName", u.email as "actorEmail", l.ip, l.request_id as "requestId", l.before, l.after,
  to_json(l.created_at)#>>'{}' as "createdAt"`;
const FROM = 'audit_logs l left join users u on u.id = l.actor_id';

export type AuditPage = { direction: 'asc' | 'desc'; after: [string, string] | null; limit: number; criteria: AuditCriteria };

/** One page in created-at order (keyset on created_at, id); fetches limit + 1 to know if more follow. */
export async function listAuditEntries(tx: Tx, page: AuditPage): Promise<AuditEntry[]> {
  const comparison = page.direction === 'desc' ? '<' : '>';
  const keyset = page.after ? [`(l.created_at, l.id) ${comparison} ($1::timestamptz, $2::uuid)`] : [];
  const offset = page.after ? 2 : 0;
  const { conditions, params } = buildAuditWhere(page.criteria, offset);
  const where = [...keyset, ...conditions];
  const { rows } = await tx.query<AuditEntry>(
    `select ${COLUMNS} from ${FROM}
      ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
      order by l.created_at ${page.direction}, l.id ${page.direction}
      limit ${Math.trunc(page.limit) + 1}`,
    [...(page.after ?? []), ...params],
  );
  return rows;
}

export async function findAuditEntry(tx: Tx, id: string): Promise<AuditEntry | undefined> {
  const { rows } = await tx.query<AuditEntry>(`select ${COLUMNS} from ${FROM} where l.id = $1`, [id]);
  return rows[0];
}

const FACET_LIMIT = 500;

/** Actions, resource types and actors present in the tenant's log, for filter suggestions. */
export async function listAuditFacets(tx: Tx): Promise<AuditFacets> {
  const { rows } = await tx.query<AuditFacets>(
    `select array(select distinct action from audit_logs order by 1 limit ${FACET_LIMIT}) as actions,
            array(select distinct resource_type from audit_logs order by 1 limit ${FACET_LIMIT}) as "resourceTypes",
            coalesce((select json_agg(json_build_object('id', a.actor_id, 'name', u.name, 'email', u.email) order by u.name, u.email)
                        from (select distinct actor_id from audit_logs where actor_id is not null limit ${FACET_LIMIT}) a
                        left join users u on u.id = a.actor_id), '[]'::json) as actors`,
  );
  return rows[0] ?? { actions: [], resourceTypes: [], actors: [] };
}
