import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from './csv-records.ts';
import { csvCellValue, readCsvRows } from './csv-rows.ts';
import type { BatchRow } from './batch-row.ts';

function records(chunks: string[]) {
  const reader = new CsvRecordReader();
  return [...chunks.flatMap((chunk) => reader.push(chunk)), ...reader.end()];
}

async function rows(chunks: (string | Buffer)[]): Promise<BatchRow[]> {
  const all: BatchRow[] = [];
  for await (const batch of readCsvRows((async function* () { yield* chunks; })())) all.push(...batch);
  return all;
}

describe('CsvRecordReader', () => {
  it.each([
    ['plain fields', ['a,b\n1,2\n'], [['a', 'b'], ['1', '2']]],
    ['CRLF and no final line break', ['a,b\r\n1,2'], [['a', 'b'], ['1', '2']]],
    ['quoted commas, quotes and line breaks', ['"x, y","say ""hi""","two\nlines"\n'], [['x, y', 'say "hi"', 'two\nlines']]],
    ['empty fields', [',,\n'], [['', '', '']]],
    ['blank lines skipped', ['a\n\n\nb\n'], [['a'], ['b']]],
    ['a CRLF split across chunks', ['a\r', '\nb\r\n'], [['a'], ['b']]],
    ['a doubled quote split across chunks', ['"a"', '"b"\n'], [['a"b']]],
    ['a quote inside an unquoted field kept as text', ['5"3\n'], [['5"3']]],
  ])('reads %s', (_case, chunks, expected) => {
    expect(records(chunks).map((record) => record.cells)).toEqual(expected);
  });

  it('reports text after a closing quote and reads the next record', () => {
    expect(records(['"a"b,c\nd\n'])).toEqual([{ error: 'Unexpected "b" after a closing quote.' }, { cells: ['d'] }]);
  });

  it('reports a quote left open at the end', () => {
    expect(records(['a\n"open,\n'])).toEqual([{ cells: ['a'] }, { error: 'A quoted field is not closed before the end of the file.' }]);
  });
});

describe('csvCellValue', () => {
  it.each([
    ['', null], ['true', true], ['false', false], ['TRUE', 'TRUE'], ['12', 12], ['-3.5', -3.5], ['1e3', 1000], ['0.25', 0.25],
    ['007', '007'], ['1,5', '1,5'], ['12 ', '12 '], ['abc', 'abc'], ['0', 0],
  ])('reads %j as %j', (cell, value) => {
    expect(csvCellValue(cell)).toBe(value);
  });
});

describe('readCsvRows', () => {
  it('names inputs by the header, nests dotted names and numbers rows by data record', async () => {
    expect(await rows(['\uFEFFamount,customer.tier,note\n12,gold,\n', Buffer.from('7,silver,x,extra\n')])).toEqual([
      { inputs: { amount: 12, customer: { tier: 'gold' }, note: null } },
      { error: 'The row has 4 cells; the header has 3.' },
    ]);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('name\nJürgen\n');
    const split = bytes.indexOf(0xc3) + 1;

    expect(await rows([bytes.subarray(0, split), bytes.subarray(split)])).toEqual([{ inputs: { name: 'Jürgen' } }]);
  });

  it('turns every row into an error when the header cannot be read', async () => {
    expect(await rows(['"a"x\n1\n'])).toEqual([{ error: 'The header row cannot be read: Unexpected "x" after a closing quote.' }]);
  });
});
