/**
 * A decision version ready to run: found by id or name, compiled once and kept in a per-process
 * LRU cache keyed by version id and revision (a saved draft gets a new revision, a published version
 * never changes), so evaluating does not recompile. Loading needs the database briefly; evaluating
 * happens after the transaction, without holding a connection.
 */
import type { DecisionKind, DecisionTable } from '@flowforge/contracts';
import { compileTable, evaluateDmnDecision, evaluateTable, type CompiledDmnModel, type CompiledTable, type TableEvaluation } from '@flowforge/decisions';
import type { Tx } from '../../../platform/db/pool.ts';
import { DomainError } from '../../../platform/errors.ts';
import { decisionNotFound, versionNotFound } from '../decision-lookup.ts';
import type { VersionKey } from '../versions.repository.ts';
import { compileDmnXml } from './dmn-models.ts';
import { withEvaluationProblems } from './evaluation-errors.ts';
import { LruCache } from './lru-cache.ts';
import { findVersionContent, findVersionRef, type DecisionTarget, type StoredContent } from './runnable.repository.ts';

export type Evaluator = (inputs: Record<string, unknown>) => TableEvaluation;

type CompiledVersion = { kind: 'table'; table: DecisionTable; compiled: CompiledTable } | { kind: 'dmn'; model: CompiledDmnModel };

export type Runnable = {
  decisionId: string;
  name: string;
  kind: DecisionKind;
  version: number;
  /** The account's time zone: "today" for effective-dated rules. */
  timeZone: string;
  /** The table of a table decision (null for a DMN model). */
  table: DecisionTable | null;
  /** An evaluator for one day (`at`, YYYY-MM-DD) and, in a DMN model, one decision (default: the top one). */
  evaluator: (options: { at: string; decision?: string | undefined }) => Evaluator;
};

const COMPILED_VERSIONS = new LruCache<CompiledVersion>(200);

async function compileContent(content: StoredContent): Promise<CompiledVersion> {
  if (content.table) {
    const { table } = content;
    return { kind: 'table', table, compiled: withEvaluationProblems(() => compileTable(table)) };
  }
  return { kind: 'dmn', model: await compileDmnXml(content.dmn ?? '') };
}

function tableEvaluator(compiled: CompiledTable, options: { name: string; at: string; decision?: string | undefined }): Evaluator {
  if (options.decision !== undefined && options.decision !== options.name) {
    throw new DomainError('unprocessable', `"${options.name}" is a single decision table; it has no decision "${options.decision}".`, {
      errors: [{ pointer: '/decision', message: 'Only DMN models with several decisions take a decision name' }],
    });
  }
  return (inputs) => evaluateTable(compiled, inputs, { at: options.at });
}

function toRunnable(ref: { decisionId: string; name: string; kind: DecisionKind; timeZone: string; version: number }, compiled: CompiledVersion): Runnable {
  return {
    ...ref,
    table: compiled.kind === 'table' ? compiled.table : null,
    evaluator: ({ at, decision }) => {
      if (compiled.kind === 'table') return tableEvaluator(compiled.compiled, { name: ref.name, at, decision });
      return (inputs) => evaluateDmnDecision(compiled.model, { decision, inputs, at });
    },
  };
}

/** Loads (from the cache when it can) the version `key` of a decision; 404/409 when there is no such version. */
export async function loadRunnable(tx: Tx, target: DecisionTarget, key: VersionKey): Promise<Runnable> {
  const ref = await findVersionRef(tx, target, key);
  if (!ref) {
    if ('decisionId' in target) throw decisionNotFound(target.decisionId);
    throw new DomainError('decision-not-found', `There is no decision named "${target.name}".`);
  }
  if (ref.versionId === null || ref.version === null) throw versionNotFound(ref.name, key);
  const cacheKey = `${ref.versionId}:${ref.revision}`;
  let compiled = COMPILED_VERSIONS.get(cacheKey);
  if (!compiled) {
    const content = await findVersionContent(tx, ref.versionId);
    if (!content) throw versionNotFound(ref.name, key);
    compiled = await compileContent(content);
    COMPILED_VERSIONS.set(cacheKey, compiled);
  }
  return toRunnable({ decisionId: ref.decisionId, name: ref.name, kind: ref.kind, timeZone: ref.timeZone, version: ref.version }, compiled);
}
