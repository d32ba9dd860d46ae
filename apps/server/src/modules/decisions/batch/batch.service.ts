/**
 * Bulk evaluation (spec §11.2 "Batch Processing"): rows stream in, results stream out in the same
 * order, one per row. The version is loaded and compiled once before the first byte is sent (so a
 * missing decision is still a proper 404/409); afterwards nothing stops the batch but the end of
 * the body: a row that cannot be read or evaluated becomes an error line. No connection is held
 * while rows are evaluated, and at most one chunk of rows is in memory.
 */
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { VersionKey } from '../versions.repository.ts';
import { loadDecisionVersion } from '../evaluation/evaluation.service.ts';
import { toEvaluationProblem, withEvaluationProblems } from '../evaluation/evaluation-errors.ts';
import type { Evaluator } from '../evaluation/runnable.ts';
import { todayIn } from '../evaluation/today.ts';
import { csvFormat, NDJSON_FORMAT, resultColumns, type BatchFormat, type BatchOutcome } from './batch-output.ts';
import type { BatchRow } from './batch-row.ts';

export const BATCH_MAX_BYTES = 200 * 1024 * 1024;
export const BATCH_MAX_MEGABYTES = BATCH_MAX_BYTES / 1024 / 1024;

export function bodyTooLarge(): DomainError {
  return new DomainError('payload-too-large', `A batch body can be at most ${BATCH_MAX_MEGABYTES} MB; split the rows into several batches.`);
}

/** Loads the version and builds the evaluator and the output format (CSV when `Accept` asks for it). */
export async function prepareBatch(platform: Platform, ctx: RequestContext, input: { id: string; key: VersionKey; decision?: string | undefined; wantsCsv: boolean }): Promise<{ format: BatchFormat; evaluate: Evaluator }> {
  const runnable = await loadDecisionVersion(platform, ctx, { id: input.id, key: input.key });
  const evaluate = withEvaluationProblems(() => runnable.evaluator({ at: todayIn(runnable.timeZone, new Date()), decision: input.decision }));
  return { format: input.wantsCsv ? csvFormat(resultColumns(runnable.table)) : NDJSON_FORMAT, evaluate };
}

/** Passes the body through, counting bytes; throws 413 past `max`. */
export async function* limitBytes(body: AsyncIterable<Buffer | string>, max: number): AsyncGenerator<Buffer | string> {
  let bytes = 0;
  for await (const chunk of body) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (bytes > max) throw bodyTooLarge();
    yield chunk;
  }
}

type RowRun = { evaluate: Evaluator; onUnexpected: (error: unknown) => void };

function evaluateRow(row: number, input: BatchRow, run: RowRun): BatchOutcome {
  if (input.error !== undefined) return { row, error: input.error };
  try {
    const evaluation = run.evaluate(input.inputs);
    return { row, result: evaluation.result, matchedRules: evaluation.matchedRules.map((rule) => rule.id) };
  } catch (error) {
    const problem = toEvaluationProblem(error);
    if (problem) return { row, error: problem.message };
    run.onUnexpected(error);
    return { row, error: 'The row could not be evaluated because of an unexpected error.' };
  }
}

/**
 * The output text, a piece per chunk of rows. When the body ends early (too large, unreadable,
 * the client gone) the output ends with an error line saying so.
 */
export async function* streamBatch(rows: AsyncIterable<BatchRow[]>, options: RowRun & { format: BatchFormat }): AsyncGenerator<string> {
  const { format } = options;
  if (format.header) yield format.header;
  let count = 0;
  try {
    for await (const chunk of rows) {
      let text = '';
      for (const row of chunk) {
        count += 1;
        text += format.line(evaluateRow(count, row, options));
      }
      yield text;
    }
  } catch (error) {
    const reason = error instanceof DomainError ? error.message : 'The request body could not be read to the end.';
    if (!(error instanceof DomainError)) options.onUnexpected(error);
    yield format.abort(`${reason} Rows after row ${count} were not evaluated.`);
  }
}
