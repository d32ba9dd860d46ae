/**
 * CSV batch input: the header row names the inputs, each further record is one row. Cells become
 * JSON values: empty → null, `true`/`false` → booleans, numbers (no leading zeros, so codes such as
 * `007` stay text) → numbers, anything else stays text. A dotted header (`customer.tier`) builds a
 * nested input (`{ customer: { tier } }`) so table inputs such as `customer.tier` find it.
 */
import { StringDecoder } from 'node:string_decoder';
import type { BatchRow } from './batch-row.ts';
import { CsvRecordReader, type CsvRecord } from './csv-records.ts';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** The JSON value of one CSV cell. */
export function csvCellValue(cell: string): unknown {
  if (cell === '') return null;
  if (cell === 'true' || cell === 'false') return cell === 'true';
  if (NUMBER.test(cell)) {
    const value = Number(cell);
    if (Number.isFinite(value)) return value;
  }
  return cell;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[path.at(-1) ?? ''] = value;
}

type Header = { names: string[]; paths: (string[] | null)[]; error: string | null };

function readHeader(record: CsvRecord): Header {
  if (record.error !== undefined) return { names: [], paths: [], error: `The header row cannot be read: ${record.error}` };
  const names = record.cells.map((cell) => cell.trim());
  return { names, paths: names.map((name) => (name.includes('.') && name.split('.').every(Boolean) ? name.split('.') : null)), error: null };
}

function toRow(record: CsvRecord, header: Header): BatchRow {
  if (header.error !== null) return { error: header.error };
  if (record.error !== undefined) return { error: record.error };
  const { cells } = record;
  if (cells.length !== header.names.length) return { error: `The row has ${cells.length} cells; the header has ${header.names.length}.` };
  const inputs: Record<string, unknown> = {};
  cells.forEach((cell, i) => {
    const name = header.names[i] ?? '';
    if (name === '') return;
    const path = header.paths[i];
    if (path) setPath(inputs, path, csvCellValue(cell));
    else inputs[name] = csvCellValue(cell);
  });
  return { inputs };
}

/** Turns records into rows; the first record is the header. */
class CsvRows {
  private header: Header | null = null;

  convert(records: readonly CsvRecord[]): BatchRow[] {
    const rows: BatchRow[] = [];
    for (const record of records) {
      if (this.header) rows.push(toRow(record, this.header));
      else this.header = readHeader(record);
    }
    return rows;
  }
}

/** The rows of a CSV body, a batch per chunk of the body. */
export async function* readCsvRows(body: AsyncIterable<Buffer | string>): AsyncGenerator<BatchRow[]> {
  const decoder = new StringDecoder('utf8');
  const reader = new CsvRecordReader();
  const rows = new CsvRows();
  let isFirst = true;
  for await (const chunk of body) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    // A byte order mark (Excel writes one) is not part of the first header name.
    if (isFirst && text.length > 0) {
      text = text.replace(/^\uFEFF/, '');
      isFirst = false;
    }
    const batch = rows.convert(reader.push(text));
    if (batch.length > 0) yield batch;
  }
  const last = rows.convert([...reader.push(decoder.end()), ...reader.end()]);
  if (last.length > 0) yield last;
}
