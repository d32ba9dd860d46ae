/**
 * What every decision use case starts with: the caller's tenant transaction, the decision (404 for
 * a missing one and for another tenant's alike) and its versions, and the shared problems.
 */
import type { DecisionKind, DecisionSummary, DecisionVersion } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { findDecision, lockDecision, type DecisionRow } from './decisions.repository.ts';
import { findVersion, type VersionKey, type VersionRow } from './versions.repository.ts';

/** Runs `work` in the caller's tenant transaction. */
export function inTenant<T>(platform: Platform, ctx: RequestContext, work: (tx: Tx, tenant: TenantContext) => Promise<T>): Promise<T> {
  const tenant = requireAccount(ctx);
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, (tx) => work(tx, tenant));
}

export function decisionNotFound(id: string): DomainError {
  return new DomainError('decision-not-found', `Decision ${id} does not exist.`);
}

export function nameTaken(name: string): DomainError {
  return new DomainError('name-taken', `A decision named "${name}" already exists.`, { errors: [{ pointer: '/name', message: 'This name is already in use' }] });
}

/** "draft", "active version" or "version 3". */
export function describeVersionKey(key: VersionKey): string {
  if (key === 'draft') return 'draft';
  if (key === 'active') return 'active version';
  return `version ${key}`;
}

export function versionNotFound(name: string, key: VersionKey): DomainError {
  if (key === 'active') return new DomainError('decision-not-active', `Decision "${name}" has no active version yet: publish its draft first.`);
  return new DomainError('decision-version-not-found', `Decision "${name}" has no ${describeVersionKey(key)}.`);
}

export function toSummary(row: DecisionRow): DecisionSummary {
  const { sortKey: _sortKey, ...summary } = row;
  return summary;
}

export function toVersion(row: VersionRow): DecisionVersion {
  const { id: _id, decisionId: _decisionId, ...version } = row;
  return version;
}

export async function getDecisionRow(tx: Tx, id: string): Promise<DecisionRow> {
  const decision = await findDecision(tx, id);
  if (!decision) throw decisionNotFound(id);
  return decision;
}

export type LockedDecision = { id: string; name: string; description: string; kind: DecisionKind };

/** The decision, locked until the transaction ends: version changes of one decision run one at a time. */
export async function lockDecisionRow(tx: Tx, id: string): Promise<LockedDecision> {
  const decision = await lockDecision(tx, id);
  if (!decision) throw decisionNotFound(id);
  return decision;
}

export async function getVersionRow(tx: Tx, decision: { id: string; name: string }, key: VersionKey): Promise<VersionRow> {
  const version = await findVersion(tx, decision.id, key);
  if (!version) throw versionNotFound(decision.name, key);
  return version;
}
