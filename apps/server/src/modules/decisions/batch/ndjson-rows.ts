/**
 * NDJSON batch input: one JSON object of inputs per line, read as the body streams in. Blank lines
 * are skipped (they are not rows); a line that is not a JSON object becomes an error row, and so
 * does a line longer than MAX_LINE_CHARS (it is skipped up to its end, not buffered).
 */
import { StringDecoder } from 'node:string_decoder';
import { isPlainObject, type BatchRow } from './batch-row.ts';

export const MAX_LINE_CHARS = 1_000_000;

function parseLine(line: string): BatchRow | null {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (text.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    if (isPlainObject(value)) return { inputs: value };
    return { error: 'Each line must be a JSON object of inputs, e.g. {"amount": 100}.' };
  } catch (error) {
    return { error: `The line is not valid JSON: ${(error as Error).message}` };
  }
}

const TOO_LONG: BatchRow = { error: `The line is longer than ${MAX_LINE_CHARS.toLocaleString('en')} characters.` };

/** Splits text into lines across chunks; rows come out in batches, one per chunk read. */
class LineSplitter {
  private rest = '';
  private isSkipping = false;

  push(text: string): BatchRow[] {
    const rows: BatchRow[] = [];
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) {
      if (this.isSkipping) {
        this.isSkipping = false;
        continue;
      }
      const row = line.length > MAX_LINE_CHARS ? TOO_LONG : parseLine(line);
      if (row) rows.push(row);
    }
    if (this.rest.length > MAX_LINE_CHARS) {
      if (!this.isSkipping) rows.push(TOO_LONG);
      this.isSkipping = true;
      this.rest = '';
    }
    return rows;
  }

  end(): BatchRow[] {
    if (this.isSkipping) return [];
    const row = parseLine(this.rest);
    this.rest = '';
    return row ? [row] : [];
  }
}

/** The rows of an NDJSON body, a batch per chunk of the body. */
export async function* readNdjsonRows(body: AsyncIterable<Buffer | string>): AsyncGenerator<BatchRow[]> {
  const decoder = new StringDecoder('utf8');
  const splitter = new LineSplitter();
  for await (const chunk of body) {
    const rows = splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (rows.length > 0) yield rows;
  }
  const last = splitter.push(decoder.end());
  const rows = [...last, ...splitter.end()];
  if (rows.length > 0) yield rows;
}
