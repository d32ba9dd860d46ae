/**
 * Reads an uploaded CSV into a header and rows: UTF-8 with or without BOM, the delimiter (comma,
 * semicolon as Excel writes it in many locales, or tab) detected from the header line, quoted
 * fields, blank lines skipped. Rows may have fewer or more cells than the header; that is reported
 * per row by the validation, not here.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { IMPORT_MAX_ROWS } from '@flowforge/contracts';
import { DomainError } from '../../../platform/errors.ts';

export type CsvTable = {
  columns: string[];
  delimiter: string;
  /** Data rows; `row` counts like a spreadsheet (the header is row 1). */
  rows: { row: number; cells: string[] }[];
};

const DELIMITERS = [',', ';', '\t'] as const;

export function parseCsvTable(csv: string): CsvTable {
  const text = csv.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const records = parseRecords(text, delimiter);
  const [header, ...data] = records;
  if (!header || header.every((cell) => cell === '')) throw csvProblem('The file has no header row. The first row must name the columns.');
  if (data.length > IMPORT_MAX_ROWS) throw csvProblem(`The file has ${data.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`);
  const duplicate = header.find((cell, index) => cell !== '' && header.indexOf(cell) !== index);
  if (duplicate !== undefined) throw csvProblem(`The column "${duplicate}" appears twice in the header. Column names must be unique.`);
  return { columns: header, delimiter, rows: data.map((cells, index) => ({ row: index + 2, cells })) };
}

/** The delimiter that occurs most often in the first line, outside quotes (comma when none does). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), ',');
}

function parseRecords(text: string, delimiter: string): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError) throw csvProblem(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
}

function csvProblem(message: string): DomainError {
  return new DomainError('validation-failed', message, { errors: [{ pointer: '/csv', message }] });
}
