/** Use cases for decisions themselves (spec §11.1.1): list, read with versions, create, rename and delete. */
import type { z } from 'zod';
import type { CreateDecisionBodySchema, DecisionDetail, DecisionKind, DecisionListQuery, DecisionPage, UpdateDecisionBody } from '@flowforge/contracts';
import { emptyDecisionTable } from '@flowforge/decisions';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import type { RequestContext, TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { decodeNameCursor, toNamePage } from '../roles/index.ts';
import { getDecisionRow, inTenant, lockDecisionRow, nameTaken, toSummary, toVersion } from './decision-lookup.ts';
import { deleteDecision, insertDecision, listDecisions, updateDecision } from './decisions.repository.ts';
import { findVersion, insertDraft, listVersionSummaries, type VersionContent } from './versions.repository.ts';

export async function listDecisionPage(platform: Platform, ctx: RequestContext, query: DecisionListQuery): Promise<DecisionPage> {
  const after = decodeNameCursor(query.cursor);
  const rows = await inTenant(platform, ctx, (tx) => listDecisions(tx, { q: query.q, status: query.status, kind: query.kind, after, limit: query.limit }));
  const page = toNamePage(rows, { limit: query.limit, key: (row) => [row.sortKey, row.id] });
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
}

/** The decision with its version history, its open draft and its active version. */
export async function loadDecisionDetail(tx: Tx, id: string): Promise<DecisionDetail> {
  const decision = await getDecisionRow(tx, id);
  const versions = await listVersionSummaries(tx, id);
  const draft = await findVersion(tx, id, 'draft');
  const active = await findVersion(tx, id, 'active');
  return { ...toSummary(decision), versions, draft: draft ? toVersion(draft) : null, active: active ? toVersion(active) : null };
}

export function getDecisionDetail(platform: Platform, ctx: RequestContext, id: string): Promise<DecisionDetail> {
  return inTenant(platform, ctx, (tx) => loadDecisionDetail(tx, id));
}

export type NewDecision = { name: string; description: string; kind: DecisionKind; content: VersionContent };

/** Inserts the decision with its draft version 1; 409 when the name is taken. Returns its id. */
export async function insertDecisionWithDraft(tx: Tx, tenant: TenantContext, decision: NewDecision): Promise<string> {
  const { accountId, userId } = tenant.principal;
  const id = await insertDecision(tx, { accountId, name: decision.name, description: decision.description, kind: decision.kind, createdBy: userId });
  if (id === 'name-taken') throw nameTaken(decision.name);
  await insertDraft(tx, { accountId, decisionId: id, version: 1, content: decision.content, createdBy: userId });
  return id;
}

function auditView(detail: DecisionDetail) {
  return { name: detail.name, description: detail.description, kind: detail.kind };
}

export function createDecision(platform: Platform, ctx: RequestContext, body: z.output<typeof CreateDecisionBodySchema>): Promise<DecisionDetail> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const table = body.table ?? emptyDecisionTable();
    const id = await insertDecisionWithDraft(tx, tenant, { name: body.name, description: body.description, kind: 'table', content: { table } });
    const detail = await loadDecisionDetail(tx, id);
    await recordAudit(tx, tenant, { action: 'decision.created', resourceType: 'decision', resourceId: id, after: { ...auditView(detail), draftVersion: 1 } });
    return detail;
  });
}

/** Renames the decision or changes its description (its versions are changed through drafts). */
export function updateDecisionById(platform: Platform, ctx: RequestContext, input: { id: string; body: UpdateDecisionBody }): Promise<DecisionDetail> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const before = await lockDecisionRow(tx, input.id);
    const values = { name: input.body.name ?? before.name, description: input.body.description ?? before.description };
    if ((await updateDecision(tx, before.id, values)) === 'name-taken') throw nameTaken(values.name);
    const after = await loadDecisionDetail(tx, before.id);
    if (values.name !== before.name || values.description !== before.description) {
      await recordAudit(tx, tenant, {
        action: 'decision.updated', resourceType: 'decision', resourceId: before.id,
        before: { name: before.name, description: before.description }, after: { name: after.name, description: after.description },
      });
    }
    return after;
  });
}

/** Deletes the decision with every version, published ones included. */
export function deleteDecisionById(platform: Platform, ctx: RequestContext, id: string): Promise<void> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const before = await loadDecisionDetail(tx, id);
    await lockDecisionRow(tx, id);
    await deleteDecision(tx, id);
    await recordAudit(tx, tenant, {
      action: 'decision.deleted', resourceType: 'decision', resourceId: id,
      before: { ...auditView(before), activeVersion: before.activeVersion, versions: before.versions.length },
    });
  });
}
