/**
 * `.dmn` files in and out. Import: a file holding one decision table that needs nothing but input
 * data becomes a table decision (edited in the grid); anything else (several decisions, literal
 * expressions, knowledge models…) becomes a `dmn` decision that keeps the XML. Both start as draft
 * version 1. Export writes a table as DMN 1.3 and gives a DMN model back as stored.
 */
import { DECISION_NAME_MAX, DecisionTableSchema, type DecisionDetail, type DecisionTable } from '@flowforge/contracts';
import { compileDmnModel, singleTableOf, writeTableDmn, type DmnModel } from '@flowforge/decisions';
import { recordAudit } from '../../../platform/audit.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { getDecisionRow, getVersionRow, inTenant } from '../decision-lookup.ts';
import { insertDecisionWithDraft, loadDecisionDetail, type NewDecision } from '../decisions.service.ts';
import type { VersionKey } from '../versions.repository.ts';
import { readDmnFile } from '../evaluation/dmn-models.ts';
import { toEvaluationProblem } from '../evaluation/evaluation-errors.ts';

function importFailed(detail: string): DomainError {
  return new DomainError('dmn-import-failed', detail, { errors: [{ pointer: '/', message: detail }] });
}

function validTable(table: DecisionTable): DecisionTable {
  const parsed = DecisionTableSchema.safeParse(table);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw importFailed(`The decision table cannot be stored: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
}

/** Checks the model evaluates at all: every decision's logic compiles. */
function assertCompiles(model: DmnModel): void {
  if (model.decisions.length === 0) throw importFailed('The file holds no decision.');
  try {
    compileDmnModel(model);
  } catch (error) {
    const problem = toEvaluationProblem(error);
    if (!problem) throw error;
    throw importFailed(`The DMN model does not compile: ${problem.message}`);
  }
}

function decisionFrom(model: DmnModel, input: { xml: string; name: string | undefined }): NewDecision {
  const single = singleTableOf(model);
  const fallbackName = (single?.name || model.name || model.decisions[0]?.name || 'Imported decision').trim().slice(0, DECISION_NAME_MAX);
  const name = input.name ?? fallbackName;
  if (single) return { name, description: single.description.slice(0, 2000), kind: 'table', content: { table: validTable(single.table) } };
  assertCompiles(model);
  return { name, description: model.description.slice(0, 2000), kind: 'dmn', content: { dmn: input.xml } };
}

export async function importDecision(platform: Platform, ctx: RequestContext, input: { xml: string; name: string | undefined }): Promise<DecisionDetail> {
  const model = await readDmnFile(input.xml);
  const decision = decisionFrom(model, input);
  return inTenant(platform, ctx, async (tx, tenant) => {
    const id = await insertDecisionWithDraft(tx, tenant, decision);
    const detail = await loadDecisionDetail(tx, id);
    await recordAudit(tx, tenant, {
      action: 'decision.imported', resourceType: 'decision', resourceId: id,
      after: { name: detail.name, kind: detail.kind, decisions: model.decisions.map((d) => d.name), draftVersion: 1 },
    });
    return detail;
  });
}

/** `Onboarding rules` version 3 → `onboarding-rules-v3.dmn` (ASCII; the full name goes in filename*). */
function fileNameOf(name: string, version: number): string {
  const slug = name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').toLowerCase().slice(0, 80) || 'decision';
  return `${slug}-v${version}.dmn`;
}

export type ExportedDmn = { xml: string; fileName: string; fullName: string };

/** The version's DMN XML (default: the active version, else the draft). */
export function exportDecision(platform: Platform, ctx: RequestContext, input: { id: string; key: VersionKey | undefined }): Promise<ExportedDmn> {
  return inTenant(platform, ctx, async (tx) => {
    const decision = await getDecisionRow(tx, input.id);
    const version = await getVersionRow(tx, decision, input.key ?? (decision.activeVersion === null ? 'draft' : 'active'));
    const xml = version.table ? await writeTableDmn({ name: decision.name, description: decision.description, table: version.table }) : (version.dmn ?? '');
    return { xml, fileName: fileNameOf(decision.name, version.version), fullName: `${decision.name} v${version.version}.dmn` };
  });
}
