import { describe, expect, it } from 'vitest';
import { NDJSON_FORMAT, csvField, csvFormat, resultColumns } from './batch-output.ts';
import type { BatchRow } from './batch-row.ts';
import { limitBytes, streamBatch } from './batch.service.ts';
import { readNdjsonRows } from './ndjson-rows.ts';

async function collect(source: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of source) text += piece;
  return text;
}

async function* chunks(...pieces: string[]): AsyncGenerator<string> {
  yield* pieces;
}

const double = (inputs: Record<string, unknown>) => ({ result: Number(inputs['n']) * 2, matchedRules: [{ id: 'r1', index: 0 }], selectedRules: [] });

describe('streamBatch', () => {
  it('writes one line per row, in order, with errors in place', async () => {
    const rows = (async function* (): AsyncGenerator<BatchRow[]> {
      yield [{ inputs: { n: 1 } }, { error: 'bad' }];
      yield [{ inputs: { n: 3 } }];
    })();

    const text = await collect(streamBatch(rows, { evaluate: double, format: NDJSON_FORMAT, onUnexpected: () => undefined }));

    expect(text).toBe('{"row":1,"result":2,"matchedRules":["r1"]}\n{"row":2,"error":"bad"}\n{"row":3,"result":6,"matchedRules":["r1"]}\n');
  });

  it('ends with an error line when the body grows past the limit', async () => {
    const body = limitBytes(chunks('{"n":1}\n', '{"n":2}\n', '{"n":3}\n'), 20);

    const text = await collect(streamBatch(readNdjsonRows(body), { evaluate: double, format: NDJSON_FORMAT, onUnexpected: () => undefined }));

    expect(text.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { row: 1, result: 2, matchedRules: ['r1'] },
      { row: 2, result: 4, matchedRules: ['r1'] },
      { error: expect.stringMatching(/at most 200 MB.*Rows after row 2 were not evaluated/) },
    ]);
  });

  it('reports a row that fails unexpectedly without stopping, and tells the caller', async () => {
    const failures: unknown[] = [];
    const evaluate = (inputs: Record<string, unknown>) => {
      if (inputs['n'] === 2) throw new TypeError('boom');
      return double(inputs);
    };

    const text = await collect(streamBatch(readNdjsonRows(chunks('{"n":1}\n{"n":2}\n{"n":3}\n')), { evaluate, format: NDJSON_FORMAT, onUnexpected: (error) => failures.push(error) }));

    expect(text).toContain('{"row":2,"error":"The row could not be evaluated because of an unexpected error."}');
    expect(text).toContain('{"row":3,');
    expect(failures).toHaveLength(1);
  });
});

describe('CSV output', () => {
  it.each([['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"']])('quotes %j as %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('has one column per output for single-result tables and one JSON result column otherwise', () => {
    const outputs = [{ id: 'a', name: 'grade', label: '', type: 'any' as const, allowedValues: [], defaultValue: null }, { id: 'b', name: 'bonus', label: '', type: 'any' as const, allowedValues: [], defaultValue: null }];
    const table = { hitPolicy: 'first' as const, aggregation: null, inputs: [], outputs, rules: [] };

    expect(resultColumns(table)).toEqual(['grade', 'bonus']);
    expect(resultColumns({ ...table, hitPolicy: 'collect' })).toBeNull();
    expect(resultColumns({ ...table, hitPolicy: 'collect', aggregation: 'sum' })).toEqual(['grade', 'bonus']);
    expect(resultColumns(null)).toBeNull();
    const format = csvFormat(['grade', 'bonus']);
    expect(format.header + format.line({ row: 1, result: { grade: 'A', bonus: 5 }, matchedRules: ['x', 'y'] }) + format.line({ row: 2, error: 'no' }))
      .toBe('row,grade,bonus,matchedRules,error\r\n1,A,5,x y,\r\n2,,,,no\r\n');
  });
});
