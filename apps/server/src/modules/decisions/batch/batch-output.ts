/**
 * Batch output, one line per row in input order: NDJSON `{"row":n,"result":…,"matchedRules":[ids]}`
 * or `{"row":n,"error":"…"}`, or CSV with a header. In CSV a single-result table (UNIQUE, ANY,
 * PRIORITY, FIRST, or COLLECT with an aggregation) gets one column per output; other results
 * (lists, DMN models) go into one `result` column as JSON. Matched rule ids are space-separated.
 */
import type { DecisionTable, HitPolicy } from '@flowforge/contracts';

export type BatchOutcome = { row: number; result: unknown; matchedRules: string[]; error?: undefined } | { row: number; error: string };

export interface BatchFormat {
  contentType: string;
  /** What comes before the first row (the CSV header). */
  header: string;
  line: (outcome: BatchOutcome) => string;
  /** The last line when the batch stops early (body too large or unreadable). */
  abort: (message: string) => string;
}

export const NDJSON_FORMAT: BatchFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  header: '',
  line: (outcome) => `${JSON.stringify(outcome)}\n`,
  abort: (message) => `${JSON.stringify({ error: message })}\n`,
};

const SINGLE_RESULT: ReadonlySet<HitPolicy> = new Set(['unique', 'any', 'priority', 'first']);

/** The output columns of a table whose result is one value or one context; null for list results and DMN models. */
export function resultColumns(table: DecisionTable | null): string[] | null {
  if (!table) return null;
  const isSingle = SINGLE_RESULT.has(table.hitPolicy) || (table.hitPolicy === 'collect' && table.aggregation !== null);
  return isSingle ? table.outputs.map((output) => output.name) : null;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function resultCells(result: unknown, columns: readonly string[] | null): unknown[] {
  if (!columns) return [result];
  if (columns.length === 1) return [result];
  const context = typeof result === 'object' && result !== null && !Array.isArray(result) ? (result as Record<string, unknown>) : {};
  return columns.map((name) => context[name]);
}

export function csvFormat(columns: readonly string[] | null): BatchFormat {
  const width = columns ? columns.length : 1;
  const toLine = (cells: unknown[]) => `${cells.map((cell) => csvField(cellText(cell))).join(',')}\r\n`;
  return {
    contentType: 'text/csv; charset=utf-8',
    header: toLine(['row', ...(columns ?? ['result']), 'matchedRules', 'error']),
    line: (outcome) => outcome.error === undefined
      ? toLine([outcome.row, ...resultCells(outcome.result, columns), outcome.matchedRules.join(' '), ''])
      : toLine([outcome.row, ...new Array<unknown>(width).fill(null), '', outcome.error]),
    abort: (message) => toLine([null, ...new Array<unknown>(width).fill(null), '', message]),
  };
}
