/**
 * Turns the audit filters of the API (`action=user.*`, `from=2026-03-01`, …) into criteria the
 * repository can query: exact or prefix action, and a half-open time range [from, to).
 */
import type { AuditFilter } from '@flowforge/contracts';
import { DomainError } from '../../platform/errors.ts';

export type AuditCriteria = {
  actorId?: string | undefined;
  action?: { exact: string } | { prefix: string } | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  /** Inclusive, ISO instant. */
  from?: string | undefined;
  /** Exclusive, ISO instant. */
  to?: string | undefined;
};

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date means its start in UTC; as the end of a range it means the whole day (up to the next midnight). */
function toInstant(value: string, isEnd: boolean): string {
  if (!DATE_ONLY.test(value)) return new Date(value).toISOString();
  const start = Date.parse(`${value}T00:00:00Z`);
  return new Date(isEnd ? start + DAY_MS : start).toISOString();
}

export function buildAuditCriteria(filter: AuditFilter): AuditCriteria {
  const from = filter.from === undefined ? undefined : toInstant(filter.from, false);
  const to = filter.to === undefined ? undefined : toInstant(filter.to, true);
  if (from !== undefined && to !== undefined && from >= to) {
    throw new DomainError('validation-failed', 'The end of the date range must be after its start.', { errors: [{ pointer: '/query/to', message: 'Must be after from' }] });
  }
  const action = filter.action?.endsWith('*') ? { prefix: filter.action.slice(0, -1) } : filter.action === undefined ? undefined : { exact: filter.action };
  return { actorId: filter.actorId, action, resourceType: filter.resourceType, resourceId: filter.resourceId, from, to };
}

/** The filters as they were asked for, for the audit entry of an export. */
export function describeCriteria(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** SQL conditions and parameters for the criteria, numbered from `$<offset + 1>`. */
export function buildAuditWhere(criteria: AuditCriteria, offset: number): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${offset + params.length}`));
  };
  if (criteria.actorId !== undefined) add((p) => `l.actor_id = ${p}::uuid`, criteria.actorId);
  if (criteria.action && 'exact' in criteria.action) add((p) => `l.action = ${p}`, criteria.action.exact);
  if (criteria.action && 'prefix' in criteria.action) add((p) => `l.action like ${p}`, `${criteria.action.prefix.replace(/[\\%_]/g, '\\$&')}%`);
  if (criteria.resourceType !== undefined) add((p) => `l.resource_type = ${p}`, criteria.resourceType);
  if (criteria.resourceId !== undefined) add((p) => `l.resource_id = ${p}`, criteria.resourceId);
  if (criteria.from !== undefined) add((p) => `l.created_at >= ${p}::timestamptz`, criteria.from);
  if (criteria.to !== undefined) add((p) => `l.created_at < ${p}::timestamptz`, criteria.to);
  return { conditions, params };
}
