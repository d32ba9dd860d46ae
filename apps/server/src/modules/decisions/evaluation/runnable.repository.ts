/**
 * SQL for evaluation: a version's identity (id and revision, the key of the compiled-version cache)
 * in one small query — with the decision and the account's time zone — and its content only when
 * the cache does not hold it yet.
 */
import type { DecisionKind, DecisionTable } from '@flowforge/contracts';
import { DEFAULT_TIME_ZONE } from '@flowforge/contracts';
import type { Tx } from '../../../platform/db/pool.ts';
import { versionCondition, type VersionKey } from '../versions.repository.ts';

/** The decision and, when it has the version asked for, that version's id, number and revision. */
export type VersionRef = {
  decisionId: string; name: string; kind: DecisionKind; timeZone: string;
  versionId: string | null; version: number | null; revision: number | null;
};

/** A decision by id, or by name (case-insensitive) as `DECISION(name, inputs)` refers to it. */
export type DecisionTarget = { decisionId: string } | { name: string };

export async function findVersionRef(tx: Tx, target: DecisionTarget, key: VersionKey): Promise<VersionRef | undefined> {
  const condition = versionCondition(key, '$2');
  const where = 'decisionId' in target ? 'd.id = $1::uuid' : 'lower(d.name) = lower($1::text)';
  const { rows } = await tx.query<VersionRef>(
    `select d.id as "decisionId", d.name, d.kind, coalesce(acc.settings->>'timeZone', $3::text) as "timeZone",
            v.id as "versionId", v.version, v.revision
       from decisions d
       join accounts acc on acc.id = d.account_id
       left join decision_versions v on v.decision_id = d.id and ${condition.sql}
      where ${where}`,
    ['decisionId' in target ? target.decisionId : target.name, condition.value, DEFAULT_TIME_ZONE]);
  return rows[0];
}

export type StoredContent = { table: DecisionTable | null; dmn: string | null };

export async function findVersionContent(tx: Tx, versionId: string): Promise<StoredContent | undefined> {
  const { rows } = await tx.query<StoredContent>(
    `select case when dmn_xml is null then jsonb_build_object(
              'hitPolicy', hit_policy, 'aggregation', aggregation, 'inputs', input_schema, 'outputs', output_schema, 'rules', rules) end as "table",
            dmn_xml as dmn
       from decision_versions where id = $1`, [versionId]);
  return rows[0];
}
