/** Use cases of the signed-in user: who am I, preferences, switching and creating accounts, the current account. */
import type { MeResponse, Preferences, UpdatePreferencesBody } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant, withUser } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { findAvatarUrl } from '../profile/index.ts';
import { createAccountFor } from './account-creation.ts';
import {
  findAccount, isActiveMember, mergePreferences, setActiveAccount, updateAccountName,
  type AccountRow,
} from './accounts.repository.ts';

const DEFAULT_PREFERENCES: Preferences = { theme: 'system', locale: 'en' };

/** Who is calling: everything comes from the principal, resolved with the session in one query. */
export async function getMe(platform: Platform, ctx: RequestContext): Promise<MeResponse> {
  const { principal } = requireAccount(ctx);
  if (!principal.accountName || !principal.accountSlug) throw new DomainError('account-not-found', 'Your active account no longer exists.');
  const image = await findAvatarUrl(platform, principal.userId);
  return {
    user: { id: principal.userId, email: principal.email, name: principal.name, image, preferences: { ...DEFAULT_PREFERENCES, ...principal.preferences } },
    account: { id: principal.accountId, name: principal.accountName, slug: principal.accountSlug, tier: principal.tier,
      roles: [...principal.roleNames], disabledFeatures: [...principal.disabledFeatures] },
    accounts: principal.accounts,
    permissions: [...principal.permissions],
  };
}

export async function updatePreferences(platform: Platform, ctx: RequestContext, changes: UpdatePreferencesBody): Promise<Preferences> {
  const tenant = requireAccount(ctx);
  const { userId, accountId } = tenant.principal;
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const { before, after } = await mergePreferences(tx, userId, changes);
    await recordAudit(tx, tenant, { action: 'user.preferences-updated', resourceType: 'user', resourceId: userId, before, after });
    return { ...DEFAULT_PREFERENCES, ...after };
  });
}

/** Makes another of the user's accounts the active one for this session; 404 if not a member. */
export async function switchAccount(platform: Platform, ctx: RequestContext, accountId: string): Promise<void> {
  const principal = ctx.principal;
  if (!principal) throw new DomainError('unauthenticated', 'Sign in to switch accounts.');
  await withUser(platform.appPool, principal.userId, async (tx) => {
    if (!(await isActiveMember(tx, accountId, principal.userId))) throw new DomainError('account-not-found', `Account ${accountId} does not exist.`);
    await setActiveAccount(tx, principal.sessionId, accountId);
  });
}

export async function createAccount(platform: Platform, ctx: RequestContext, name: string) {
  const tenant = requireAccount(ctx);
  const { userId, sessionId } = tenant.principal;
  return createAccountFor(platform, { userId, sessionId, name, ip: ctx.ip, requestId: ctx.requestId });
}

export async function getCurrentAccount(platform: Platform, ctx: RequestContext): Promise<AccountRow> {
  const tenant = requireAccount(ctx);
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, async (tx) => {
    const account = await findAccount(tx, tenant.principal.accountId);
    if (!account) throw new DomainError('account-not-found', 'Your active account no longer exists.');
    return account;
  });
}

export async function renameAccount(platform: Platform, ctx: RequestContext, name: string): Promise<AccountRow> {
  const tenant = requireAccount(ctx);
  const { accountId, userId } = tenant.principal;
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const before = await findAccount(tx, accountId);
    const after = await updateAccountName(tx, accountId, name);
    if (!before || !after) throw new DomainError('account-not-found', 'Your active account no longer exists.');
    await recordAudit(tx, tenant, { action: 'account.updated', resourceType: 'account', resourceId: accountId, before, after });
    return after;
  });
}
