/** Use cases of Admin settings → General, Features and Audit retention (spec 3.2). */
import {
  FEATURE_KEYS, FEATURES, type AuditSettings, type FeatureSettings, type GeneralSettings, type UpdateFeaturesBody,
  type UpdateGeneralSettingsBody,
} from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import {
  findAuditRetention, findGeneralSettings, listFeatureStates, updateGeneralSettings, upsertAuditRetention, upsertFeatureStates,
} from './account-settings.repository.ts';

export function scopeOf(tenant: TenantContext) {
  return { accountId: tenant.principal.accountId, userId: tenant.principal.userId };
}

export async function getGeneralSettings(platform: Platform, ctx: RequestContext): Promise<GeneralSettings> {
  const tenant = requireAccount(ctx);
  const settings = await withTenant(platform.appPool, scopeOf(tenant), (tx) => findGeneralSettings(tx, tenant.principal.accountId));
  if (!settings) throw new DomainError('account-not-found', 'The active account no longer exists.');
  return settings;
}

export async function setGeneralSettings(platform: Platform, ctx: RequestContext, body: UpdateGeneralSettingsBody): Promise<GeneralSettings> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  return withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const before = await findGeneralSettings(tx, accountId);
    if (!before) throw new DomainError('account-not-found', 'The active account no longer exists.');
    await updateGeneralSettings(tx, accountId, body);
    const after = await findGeneralSettings(tx, accountId);
    await recordAudit(tx, tenant, { action: 'settings.general-updated', resourceType: 'account', resourceId: accountId, before, after });
    return after ?? before;
  });
}

function toFeatureSettings(states: Map<string, boolean>): FeatureSettings {
  return { items: FEATURE_KEYS.map((key) => ({ key, label: FEATURES[key], enabled: states.get(key) ?? true })) };
}

export async function getFeatureSettings(platform: Platform, ctx: RequestContext): Promise<FeatureSettings> {
  const tenant = requireAccount(ctx);
  const states = await withTenant(platform.appPool, scopeOf(tenant), (tx) => listFeatureStates(tx, tenant.principal.accountId));
  return toFeatureSettings(states);
}

/** Switches modules on or off; a switched-off module's routes answer 404 and its navigation entry disappears. */
export async function setFeatureSettings(platform: Platform, ctx: RequestContext, body: UpdateFeaturesBody): Promise<FeatureSettings> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  const unknown = Object.keys(body.features).filter((key) => !(FEATURE_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new DomainError('unprocessable', `Unknown feature(s): ${unknown.join(', ')}. Known features: ${FEATURE_KEYS.join(', ')}.`, {
      errors: unknown.map((key) => ({ pointer: `/features/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, message: 'Unknown feature' })),
    });
  }
  return withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const before = toFeatureSettings(await listFeatureStates(tx, accountId));
    await upsertFeatureStates(tx, accountId, body.features);
    const after = toFeatureSettings(await listFeatureStates(tx, accountId));
    const asMap = (settings: FeatureSettings) => Object.fromEntries(settings.items.map((item) => [item.key, item.enabled]));
    await recordAudit(tx, tenant, { action: 'settings.features-updated', resourceType: 'account', resourceId: accountId, before: asMap(before), after: asMap(after) });
    return after;
  });
}

export async function getAuditSettings(platform: Platform, ctx: RequestContext): Promise<AuditSettings> {
  const tenant = requireAccount(ctx);
  const retentionDays = await withTenant(platform.appPool, scopeOf(tenant), (tx) => findAuditRetention(tx, tenant.principal.accountId));
  return { retentionDays };
}

/** Entries older than the retention are removed by the daily `apply-audit-retention` job. */
export async function setAuditSettings(platform: Platform, ctx: RequestContext, body: AuditSettings): Promise<AuditSettings> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  return withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const before = await findAuditRetention(tx, accountId);
    await upsertAuditRetention(tx, accountId, body.retentionDays);
    await recordAudit(tx, tenant, { action: 'settings.audit-updated', resourceType: 'account', resourceId: accountId, before: { retentionDays: before }, after: body });
    return { retentionDays: body.retentionDays };
  });
}
