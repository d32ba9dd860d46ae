import type { AuditEntry, ListQuery } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor, parseSort, pickFields } from '../../platform/http/list-query.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { findAuditEntry, listAuditEntries } from './audit.repository.ts';

export async function listAuditLog(platform: Platform, ctx: RequestContext, query: ListQuery & { action?: string | undefined }) {
  const tenant = requireAccount(ctx);
  const sort = parseSort(query.sort, ['createdAt'] as const, { field: 'createdAt', direction: 'desc' });
  const after = decodeCursor(query.cursor, 3);
  if (after && after[0] !== sort.direction) throw new DomainError('validation-failed', 'The cursor belongs to another sort order.', { errors: [{ pointer: '/query/cursor', message: 'Cursor does not match sort' }] });
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, async (tx) => {
    const rows = await listAuditEntries(tx, { direction: sort.direction, after: after ? [String(after[1]), String(after[2])] : null, limit: query.limit, action: query.action });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor([sort.direction, last.createdAt, last.id]) : null;
    return { items: pickFields(items, query.fields), nextCursor };
  });
}

export async function getAuditEntry(platform: Platform, ctx: RequestContext, id: string): Promise<AuditEntry> {
  const tenant = requireAccount(ctx);
  const entry = await withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, (tx) => findAuditEntry(tx, id));
  if (!entry) throw new DomainError('not-found', `Audit entry ${id} does not exist.`);
  return entry;
}
