// The CSV import wizard's pure parts: its steps, the column mapping chosen in selects, and the
// checks made in the browser before the file is sent.
import type { ImportMapping, ImportPreview, ImportReport, ImportResult } from '@flowforge/contracts';

/** As in the contracts (IMPORT_FIELDS, IMPORT_MAX_BYTES), not imported as values: that would bundle zod. */
export const IMPORT_FIELDS = ['email', 'name', 'roles', 'externalId', 'status', 'department', 'title'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Field → chosen column ('' = not imported). */
export type ColumnSelection = Record<ImportField, string>;

export type SourceFile = { fileName: string; csv: string; preview: ImportPreview };

export type ImportStep =
  | { kind: 'file' }
  | { kind: 'mapping'; source: SourceFile; chosen?: { mapping: ImportMapping; sendInvites: boolean } }
  | { kind: 'report'; source: SourceFile; mapping: ImportMapping; sendInvites: boolean; report: ImportReport }
  | { kind: 'done'; result: ImportResult };

export const STEP_ORDER: readonly ImportStep['kind'][] = ['file', 'mapping', 'report', 'done'];

/** The mapping chosen before (back from the report), else the server's suggestion; other fields unmapped. */
export function initialSelection(preview: ImportPreview, chosen?: ImportMapping): ColumnSelection {
  const selection = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, ''])) as ColumnSelection;
  const start: Partial<ImportMapping> = chosen ?? preview.suggestedMapping;
  for (const field of IMPORT_FIELDS) {
    const column = start[field];
    if (column !== undefined && preview.columns.includes(column)) selection[field] = column;
  }
  return selection;
}

/** The mapping to send, or null while no column is chosen for the e-mail. */
export function buildMapping(selection: ColumnSelection): ImportMapping | null {
  if (selection.email === '') return null;
  const mapping: ImportMapping = { email: selection.email };
  for (const field of IMPORT_FIELDS) {
    if (field !== 'email' && selection[field] !== '') mapping[field] = selection[field];
  }
  return mapping;
}

export type FileProblem = 'empty' | 'too-large' | 'not-csv';

/** Checks made before reading the file: a CSV (by name or type), not empty, at most 5 MB. */
export function checkFile(file: { name: string; type: string; size: number }): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'too-large';
  const isCsv = /\.(csv|txt)$/i.test(file.name) || ['text/csv', 'text/plain', 'application/vnd.ms-excel'].includes(file.type);
  return isCsv ? null : 'not-csv';
}
