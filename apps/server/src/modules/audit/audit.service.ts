/** Use cases of the audit log viewer (spec 15.4): filtered pages, one entry, suggestions and the CSV export. */
import { Readable } from 'node:stream';
import type { AuditEntry, AuditExportQuery, AuditFacets, AuditListQuery } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant, type TenantScope } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor, parseSort, pickFields } from '../../platform/http/list-query.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { buildAuditCriteria, describeCriteria, type AuditCriteria } from './audit-criteria.ts';
import { auditCsvHeader, auditEntryToCsv } from './audit-csv.ts';
import { findAuditEntry, listAuditEntries, listAuditFacets, type AuditPage } from './audit.repository.ts';

const EXPORT_BATCH = 1000;
const SORTABLE = ['createdAt'] as const;
const NEWEST_FIRST = { field: 'createdAt', direction: 'desc' } as const;

function scopeOf(tenant: TenantContext): TenantScope {
  return { accountId: tenant.principal.accountId, userId: tenant.principal.userId };
}

export async function listAuditLog(platform: Platform, ctx: RequestContext, query: AuditListQuery) {
  const tenant = requireAccount(ctx);
  const sort = parseSort(query.sort, SORTABLE, NEWEST_FIRST);
  const criteria = buildAuditCriteria(query);
  const after = decodeCursor(query.cursor, 3);
  if (after && after[0] !== sort.direction) throw new DomainError('validation-failed', 'The cursor belongs to another sort order.', { errors: [{ pointer: '/query/cursor', message: 'Cursor does not match sort' }] });
  return withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const rows = await listAuditEntries(tx, { direction: sort.direction, after: after ? [String(after[1]), String(after[2])] : null, limit: query.limit, criteria });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor([sort.direction, last.createdAt, last.id]) : null;
    return { items: pickFields(items, query.fields), nextCursor };
  });
}

export async function getAuditEntry(platform: Platform, ctx: RequestContext, id: string): Promise<AuditEntry> {
  const tenant = requireAccount(ctx);
  const entry = await withTenant(platform.appPool, scopeOf(tenant), (tx) => findAuditEntry(tx, id));
  if (!entry) throw new DomainError('not-found', `Audit entry ${id} does not exist.`);
  return entry;
}

export async function getAuditFacets(platform: Platform, ctx: RequestContext): Promise<AuditFacets> {
  const tenant = requireAccount(ctx);
  return withTenant(platform.appPool, scopeOf(tenant), (tx) => listAuditFacets(tx));
}

type ExportSource = { pool: Platform['appPool']; scope: TenantScope; criteria: AuditCriteria; direction: 'asc' | 'desc' };

// Short transactions of EXPORT_BATCH rows each, keyed on (created_at, id): memory stays flat and no
// connection is held while the client reads slowly.
async function* generateCsv(source: ExportSource): AsyncGenerator<string> {
  yield auditCsvHeader();
  let after: [string, string] | null = null;
  for (;;) {
    const page: AuditPage = { direction: source.direction, after, limit: EXPORT_BATCH, criteria: source.criteria };
    const rows: AuditEntry[] = await withTenant(source.pool, source.scope, (tx) => listAuditEntries(tx, page));
    const batch = rows.slice(0, EXPORT_BATCH);
    if (batch.length > 0) yield batch.map(auditEntryToCsv).join('');
    const last = batch.at(-1);
    if (rows.length <= EXPORT_BATCH || !last) return;
    after = [last.createdAt, last.id];
  }
}

/** Records the export (who took which entries) and returns the CSV as a stream. */
export async function exportAuditLog(platform: Platform, ctx: RequestContext, query: AuditExportQuery): Promise<{ filename: string; stream: Readable }> {
  const tenant = requireAccount(ctx);
  const sort = parseSort(query.sort, SORTABLE, NEWEST_FIRST);
  const criteria = buildAuditCriteria(query);
  const scope = scopeOf(tenant);
  await withTenant(platform.appPool, scope, (tx) =>
    recordAudit(tx, tenant, { action: 'audit-log.exported', resourceType: 'audit-log', after: { filters: describeCriteria(query), sort: query.sort ?? '-createdAt' } }));
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  const slug = tenant.principal.accountSlug ?? 'account';
  return { filename: `audit-log-${slug}-${stamp}.csv`, stream: Readable.from(generateCsv({ pool: platform.appPool, scope, criteria, direction: sort.direction })) };
}
