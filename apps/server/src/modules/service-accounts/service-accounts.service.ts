/**
 * Use cases of service accounts themselves (spec §3.7): list, read, create, change and disable.
 * Their credentials are credentials.service.ts; the token endpoint is oauth-token.service.ts.
 */
import type { z } from 'zod';
import type { CreateServiceAccountBodySchema, ServiceAccount, ServiceAccountPage, UpdateServiceAccountBody } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/list-query.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import {
  disableServiceAccount, findServiceAccount, insertServiceAccount, isNameTaken, listServiceAccounts, updateServiceAccount,
} from './service-accounts.repository.ts';

/** Runs `work` in the caller's tenant transaction. */
export function inTenant<T>(platform: Platform, ctx: RequestContext, work: (tx: Tx, tenant: TenantContext) => Promise<T>): Promise<T> {
  const tenant = requireAccount(ctx);
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, (tx) => work(tx, tenant));
}

/** The service account, or 404 (also for another tenant's id). */
export async function getServiceAccountIn(tx: Tx, id: string): Promise<ServiceAccount> {
  const found = await findServiceAccount(tx, id);
  if (!found) throw new DomainError('service-account-not-found', `Service account ${id} does not exist.`);
  return found;
}

function nameTaken(name: string): DomainError {
  return new DomainError('name-taken', `A service account named "${name}" already exists.`, { errors: [{ pointer: '/name', message: 'Name already in use' }] });
}

export async function listServiceAccountPage(platform: Platform, ctx: RequestContext, query: { limit: number; cursor?: string | undefined }): Promise<ServiceAccountPage> {
  const after = decodeCursor(query.cursor, 2);
  return inTenant(platform, ctx, async (tx) => {
    const rows = await listServiceAccounts(tx, { after: after ? [String(after[0]), String(after[1])] : null, limit: query.limit });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ sortName: _sortName, ...item }) => item),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.sortName, last.id]) : null,
    };
  });
}

export function getServiceAccount(platform: Platform, ctx: RequestContext, id: string): Promise<ServiceAccount> {
  return inTenant(platform, ctx, (tx) => getServiceAccountIn(tx, id));
}

export function createServiceAccount(platform: Platform, ctx: RequestContext, body: z.output<typeof CreateServiceAccountBodySchema>): Promise<ServiceAccount> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    if (await isNameTaken(tx, body.name, null)) throw nameTaken(body.name);
    const id = await insertServiceAccount(tx, { accountId: tenant.principal.accountId, name: body.name, description: body.description, rateLimit: body.rateLimit, createdBy: tenant.principal.userId });
    if (!id) throw nameTaken(body.name);
    const created = await getServiceAccountIn(tx, id);
    await recordAudit(tx, tenant, { action: 'service-account.created', resourceType: 'service-account', resourceId: id, after: created });
    return created;
  });
}

export function updateServiceAccountById(platform: Platform, ctx: RequestContext, options: { id: string; changes: UpdateServiceAccountBody }): Promise<ServiceAccount> {
  const { id, changes } = options;
  return inTenant(platform, ctx, async (tx, tenant) => {
    const before = await getServiceAccountIn(tx, id);
    if (changes.name !== undefined && await isNameTaken(tx, changes.name, id)) throw nameTaken(changes.name);
    await updateServiceAccount(tx, id, changes);
    const after = await getServiceAccountIn(tx, id);
    await recordAudit(tx, tenant, { action: 'service-account.updated', resourceType: 'service-account', resourceId: id, before, after });
    return after;
  });
}

/** Disables (never deletes): every credential stops working at once; the history stays. Idempotent. */
export function disableServiceAccountById(platform: Platform, ctx: RequestContext, id: string): Promise<void> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const before = await getServiceAccountIn(tx, id);
    if (before.status === 'disabled') return;
    await disableServiceAccount(tx, id);
    const after = await getServiceAccountIn(tx, id);
    await recordAudit(tx, tenant, { action: 'service-account.disabled', resourceType: 'service-account', resourceId: id, before, after });
  });
}
