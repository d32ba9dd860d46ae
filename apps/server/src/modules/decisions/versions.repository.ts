/**
 * SQL for decision versions: summaries for the history, full versions (the table as the
 * contracts' DecisionTable, or the DMN XML), draft writes guarded by revision, and publishing.
 */
import type { DecisionTable, DecisionVersion, DecisionVersionSummary } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export type VersionRow = DecisionVersion & { id: string; decisionId: string };

/** Which version: its number, the open draft or the active one. */
export type VersionKey = number | 'draft' | 'active';

const SUMMARY_COLUMNS = `v.version, v.status, v.comment, to_json(v.created_at)#>>'{}' as "createdAt", cu.name as "createdBy",
  to_json(v.published_at)#>>'{}' as "publishedAt", pu.name as "publishedBy"`;

const VERSION_SELECT = `
  select v.id, v.decision_id as "decisionId", ${SUMMARY_COLUMNS}, v.revision,
         case when v.dmn_xml is null then jsonb_build_object(
           'hitPolicy', v.hit_policy, 'aggregation', v.aggregation, 'inputs', v.input_schema, 'outputs', v.output_schema, 'rules', v.rules) end as "table",
         v.dmn_xml as dmn
    from decision_versions v
    left join users cu on cu.id = v.created_by
    left join users pu on pu.id = v.published_by`;

/** SQL condition selecting `key` among the versions of `v.decision_id`, with its parameter. */
export function versionCondition(key: VersionKey, parameter: string): { sql: string; value: string | number } {
  if (typeof key === 'number') return { sql: `v.version = ${parameter}::int`, value: key };
  return { sql: `v.status = ${parameter}::text`, value: key };
}

export async function listVersionSummaries(tx: Tx, decisionId: string): Promise<DecisionVersionSummary[]> {
  const { rows } = await tx.query<DecisionVersionSummary>(
    `select ${SUMMARY_COLUMNS}
       from decision_versions v left join users cu on cu.id = v.created_by left join users pu on pu.id = v.published_by
      where v.decision_id = $1 order by v.version desc`, [decisionId]);
  return rows;
}

export async function findVersion(tx: Tx, decisionId: string, key: VersionKey): Promise<VersionRow | undefined> {
  const condition = versionCondition(key, '$2');
  const { rows } = await tx.query<VersionRow>(`${VERSION_SELECT} where v.decision_id = $1 and ${condition.sql}`, [decisionId, condition.value]);
  return rows[0];
}

export async function findVersionById(tx: Tx, id: string): Promise<VersionRow | undefined> {
  const { rows } = await tx.query<VersionRow>(`${VERSION_SELECT} where v.id = $1`, [id]);
  return rows[0];
}

export type VersionContent = { table: DecisionTable; dmn?: undefined } | { table?: undefined; dmn: string };

function contentParameters(content: VersionContent): unknown[] {
  const { table } = content;
  if (!table) return [null, null, null, null, null, content.dmn];
  return [table.hitPolicy, table.aggregation, JSON.stringify(table.inputs), JSON.stringify(table.outputs), JSON.stringify(table.rules), null];
}

export async function insertDraft(tx: Tx, values: { accountId: string; decisionId: string; version: number; content: VersionContent; createdBy: string }): Promise<void> {
  await tx.query(
    `insert into decision_versions (account_id, decision_id, version, status, hit_policy, aggregation, input_schema, output_schema, rules, dmn_xml, created_by)
     values ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10)`,
    [values.accountId, values.decisionId, values.version, ...contentParameters(values.content), values.createdBy]);
}

/** The number the next new version gets: one above every version the decision has had. */
export async function nextVersionNumber(tx: Tx, decisionId: string): Promise<number> {
  const { rows } = await tx.query<{ next: number }>('select coalesce(max(version), 0)::int + 1 as next from decision_versions where decision_id = $1', [decisionId]);
  return rows[0]?.next ?? 1;
}

/**
 * Replaces the draft's table and bumps its revision; with `revision`, only when it is still that
 * one. Returns the new revision, or null when there is no draft or it has moved on.
 */
export async function updateDraftTable(tx: Tx, input: { decisionId: string; table: DecisionTable; revision: number | undefined }): Promise<number | null> {
  const { rows } = await tx.query<{ revision: number }>(
    `update decision_versions
        set hit_policy = $3, aggregation = $4, input_schema = $5, output_schema = $6, rules = $7, revision = revision + 1, updated_at = now()
      where decision_id = $1 and status = 'draft' and dmn_xml is null and ($2::int is null or revision = $2)
      returning revision`,
    [input.decisionId, input.revision ?? null, ...contentParameters({ table: input.table }).slice(0, 5)]);
  return rows[0]?.revision ?? null;
}

export async function deleteDraft(tx: Tx, decisionId: string): Promise<boolean> {
  const { rowCount } = await tx.query(`delete from decision_versions where decision_id = $1 and status = 'draft'`, [decisionId]);
  return (rowCount ?? 0) > 0;
}

/** The draft becomes the active version, the active one (if any) deprecated; returns the version number. */
export async function publishDraft(tx: Tx, input: { decisionId: string; comment: string; publishedBy: string }): Promise<number | null> {
  // Deprecate first: at most one active version per decision (partial unique index).
  await tx.query(`update decision_versions set status = 'deprecated', updated_at = now() where decision_id = $1 and status = 'active'`, [input.decisionId]);
  const { rows } = await tx.query<{ version: number }>(
    `update decision_versions set status = 'active', comment = $2, published_by = $3, published_at = now(), updated_at = now()
      where decision_id = $1 and status = 'draft' returning version`,
    [input.decisionId, input.comment, input.publishedBy]);
  return rows[0]?.version ?? null;
}
