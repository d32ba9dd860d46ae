/**
 * The version lifecycle (spec §11.1.1): one draft per decision, saved as often as the editor likes
 * (guarded by its revision) and valid or not; publishing checks it, makes it the active version and
 * deprecates the previous one. Published versions never change (the database refuses it too).
 */
import type { DecisionTable, DecisionVersion } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { DomainError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { getDecisionRow, getVersionRow, inTenant, lockDecisionRow, toVersion, type LockedDecision } from './decision-lookup.ts';
import { touchDecision } from './decisions.repository.ts';
import { assertPublishable } from './publish-checks.ts';
import { deleteDraft, findVersion, insertDraft, nextVersionNumber, publishDraft, updateDraftTable, type VersionContent } from './versions.repository.ts';

function assertTableKind(decision: LockedDecision): void {
  if (decision.kind !== 'table') {
    throw new DomainError('decision-kind-mismatch', `"${decision.name}" is an imported DMN model; import a new file to change it, its drafts cannot be edited as a table.`);
  }
}

function staleDraft(detail: string): DomainError {
  return new DomainError('decision-draft-stale', detail, { errors: [{ pointer: '/revision', message: 'Reload the decision and apply your changes again' }] });
}

/**
 * Saves the draft. With `revision`, only when the draft is still at that revision (409 otherwise);
 * without a draft and without `revision`, starts a new draft with this table.
 */
export function saveDraft(platform: Platform, ctx: RequestContext, input: { id: string; table: DecisionTable; revision?: number | undefined }): Promise<DecisionVersion> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const decision = await lockDecisionRow(tx, input.id);
    assertTableKind(decision);
    const saved = await updateDraftTable(tx, { decisionId: decision.id, table: input.table, revision: input.revision });
    if (saved === null) {
      const draft = await findVersion(tx, decision.id, 'draft');
      if (draft) throw staleDraft(`The draft is at revision ${draft.revision}, you sent ${input.revision}: someone else saved it in between.`);
      if (input.revision !== undefined) throw staleDraft('The draft you edited was published or discarded in the meantime.');
      const version = await nextVersionNumber(tx, decision.id);
      await insertDraft(tx, { accountId: tenant.principal.accountId, decisionId: decision.id, version, content: { table: input.table }, createdBy: tenant.principal.userId });
    }
    await touchDecision(tx, decision.id);
    return toVersion(await getVersionRow(tx, decision, 'draft'));
  });
}

function contentOf(version: { table: DecisionTable | null; dmn: string | null }): VersionContent {
  return version.table ? { table: version.table } : { dmn: version.dmn ?? '' };
}

/** Opens a draft holding a copy of `fromVersion`; 409 when the decision already has one. */
export function createDraftFrom(platform: Platform, ctx: RequestContext, input: { id: string; fromVersion: number }): Promise<DecisionVersion> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const decision = await lockDecisionRow(tx, input.id);
    const existing = await findVersion(tx, decision.id, 'draft');
    if (existing) {
      throw new DomainError('decision-draft-exists', `"${decision.name}" already has a draft (version ${existing.version}); edit or discard it first.`);
    }
    const source = await getVersionRow(tx, decision, input.fromVersion);
    const version = await nextVersionNumber(tx, decision.id);
    await insertDraft(tx, { accountId: tenant.principal.accountId, decisionId: decision.id, version, content: contentOf(source), createdBy: tenant.principal.userId });
    await touchDecision(tx, decision.id);
    return toVersion(await getVersionRow(tx, decision, 'draft'));
  });
}

export function discardDraft(platform: Platform, ctx: RequestContext, id: string): Promise<void> {
  return inTenant(platform, ctx, async (tx) => {
    const decision = await lockDecisionRow(tx, id);
    if (!(await deleteDraft(tx, decision.id))) throw new DomainError('decision-version-not-found', `"${decision.name}" has no draft.`);
    await touchDecision(tx, decision.id);
  });
}

/** The draft becomes the active version (its number stays); the previous active one is deprecated. */
export function publishDecision(platform: Platform, ctx: RequestContext, input: { id: string; comment: string }): Promise<DecisionVersion> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const decision = await lockDecisionRow(tx, input.id);
    const draft = await findVersion(tx, decision.id, 'draft');
    if (!draft) throw new DomainError('decision-no-draft', `"${decision.name}" has no draft to publish.`);
    await assertPublishable(draft);
    const previous = await findVersion(tx, decision.id, 'active');
    await publishDraft(tx, { decisionId: decision.id, comment: input.comment, publishedBy: tenant.principal.userId });
    await touchDecision(tx, decision.id);
    await recordAudit(tx, tenant, {
      action: 'decision.published', resourceType: 'decision', resourceId: decision.id,
      before: previous ? { activeVersion: previous.version } : { activeVersion: null },
      after: { activeVersion: draft.version, comment: input.comment },
    });
    return toVersion(await getVersionRow(tx, decision, draft.version));
  });
}

export function getDecisionVersion(platform: Platform, ctx: RequestContext, input: { id: string; version: number }): Promise<DecisionVersion> {
  return inTenant(platform, ctx, async (tx) => {
    const decision = await getDecisionRow(tx, input.id);
    return toVersion(await getVersionRow(tx, decision, input.version));
  });
}
