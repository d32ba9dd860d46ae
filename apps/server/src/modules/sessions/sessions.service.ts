/** Use cases for "Active sessions" in My settings (spec §3.1): list, revoke one, log out everywhere else. */
import type { UserSession } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { deleteOtherSessionsOfUser, deleteSessionOfUser, listSessionsOfUser } from './sessions.repository.ts';

export async function listMySessions(platform: Platform, ctx: RequestContext): Promise<UserSession[]> {
  const { principal } = requireAccount(ctx);
  const rows = await withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, (tx) => listSessionsOfUser(tx, principal.userId));
  return rows.map((row) => ({ ...row, isCurrent: row.id === principal.sessionId }));
}

/** Signs one of the user's sessions out; 404 for a session that is not theirs, as for a missing one. */
export async function revokeMySession(platform: Platform, ctx: RequestContext, sessionId: string): Promise<void> {
  const tenant = requireAccount(ctx);
  const { principal } = tenant;
  await withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, async (tx) => {
    if (!(await deleteSessionOfUser(tx, principal.userId, sessionId))) throw new DomainError('session-not-found', `Session ${sessionId} does not exist.`);
    await recordAudit(tx, tenant, { action: 'session.revoked', resourceType: 'session', resourceId: sessionId });
  });
}

/** Signs the user out everywhere except this session. */
export async function revokeMyOtherSessions(platform: Platform, ctx: RequestContext): Promise<number> {
  const tenant = requireAccount(ctx);
  const { principal } = tenant;
  return withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, async (tx) => {
    const revoked = await deleteOtherSessionsOfUser(tx, principal.userId, principal.sessionId);
    await recordAudit(tx, tenant, { action: 'session.revoked-others', resourceType: 'user', resourceId: principal.userId, after: { revoked } });
    return revoked;
  });
}
