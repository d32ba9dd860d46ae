/** The account's mail outbox for admins: every mail FlowForge sent, failed to send or holds. */
import type { OutboxListQuery, OutboxMail, OutboxMailSummary } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/list-query.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import { findMail, listOutbox } from '../../platform/mail/outbox.repository.ts';
import type { Platform } from '../../platform/platform.ts';

export async function listOutboxMail(platform: Platform, ctx: RequestContext, query: OutboxListQuery): Promise<{ items: OutboxMailSummary[]; nextCursor: string | null }> {
  const { principal } = requireAccount(ctx);
  const after = decodeCursor(query.cursor, 2);
  return withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, async (tx) => {
    const rows = await listOutbox(tx, { after: after ? [String(after[0]), String(after[1])] : null, limit: query.limit, status: query.status });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null;
    return { items, nextCursor };
  });
}

export async function getOutboxMail(platform: Platform, ctx: RequestContext, id: string): Promise<OutboxMail> {
  const { principal } = requireAccount(ctx);
  const mail = await withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, (tx) => findMail(tx, id));
  if (!mail) throw new DomainError('not-found', `Mail ${id} does not exist.`);
  return mail;
}
