import { describe, expect, it } from 'vitest';
import type { BatchRow } from './batch-row.ts';
import { MAX_LINE_CHARS, readNdjsonRows } from './ndjson-rows.ts';

async function rows(chunks: (string | Buffer)[]): Promise<BatchRow[]> {
  const all: BatchRow[] = [];
  for await (const batch of readNdjsonRows((async function* () { yield* chunks; })())) all.push(...batch);
  return all;
}

describe('readNdjsonRows', () => {
  it('reads one object per line across chunks, skipping blank lines, with or without a final newline', async () => {
    expect(await rows(['{"a":', '1}\r\n\n  \n{"b":2}\n{"c"', ':3}'])).toEqual([{ inputs: { a: 1 } }, { inputs: { b: 2 } }, { inputs: { c: 3 } }]);
  });

  it.each([
    ['broken JSON', '{"a":'],
    ['an array', '[1]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('turns %s into an error row', async (_case, line) => {
    const [row] = await rows([`${line}\n`]);

    expect(row?.error).toEqual(expect.any(String));
  });

  it('reports an overlong line once, skips it without buffering it and reads on', async () => {
    const long = 'x'.repeat(MAX_LINE_CHARS / 2);

    const result = await rows(['{"a":1}\n', long, long, long, '\n{"b":2}\n']);

    expect(result).toEqual([{ inputs: { a: 1 } }, { error: expect.stringContaining('longer than') }, { inputs: { b: 2 } }]);
  });
});
