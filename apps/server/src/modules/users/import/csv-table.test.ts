import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvTable } from './csv-table.ts';

describe('parseCsvTable', () => {
  it('reads a semicolon file with a BOM, quoted fields and blank lines', () => {
    const table = parseCsvTable('\uFEFFE-Mail;Name;Rollen\r\nada@example.com;"Lovelace; Ada";Admin|Viewer\r\n\r\nbob@example.com;Bob\r\n');

    expect(table).toEqual({
      columns: ['E-Mail', 'Name', 'Rollen'],
      delimiter: ';',
      rows: [
        { row: 2, cells: ['ada@example.com', 'Lovelace; Ada', 'Admin|Viewer'] },
        { row: 3, cells: ['bob@example.com', 'Bob'] },
      ],
    });
  });

  it.each([
    ['a,b;c\n', ','],
    ['"x;y",b,c\n', ','],
    ['a;b;c,d\n', ';'],
    ['a\tb\n', '\t'],
    ['email\n', ','],
  ])('detects the delimiter of %j as %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it.each([
    ['', 'no header row'],
    ['email,email\nx@example.com,y', 'appears twice'],
    ['email\n"unclosed\n', 'not valid CSV'],
  ])('rejects %j with a 400 at /csv', (csv, message) => {
    expect(() => parseCsvTable(csv)).toThrow(expect.objectContaining({ code: 'validation-failed', message: expect.stringContaining(message), errors: [expect.objectContaining({ pointer: '/csv' })] }));
  });

  it('refuses more than 10,000 rows', () => {
    const csv = `email\n${'a@example.com\n'.repeat(10_001)}`;

    expect(() => parseCsvTable(csv)).toThrow(/at most 10000/);
  });
});
