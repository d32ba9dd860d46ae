import { describe, expect, it } from 'vitest';
import { parseCsvTable } from './csv-table.ts';
import { readRawRows, resolveColumns, validateImportRows, type ImportContext } from './import-rows.ts';

const ROLES = [
  { id: 'r-owner', name: 'Owner', systemKey: 'owner' },
  { id: 'r-member', name: 'Member', systemKey: 'member' },
  { id: 'r-sales', name: 'Sales lead', systemKey: null },
];

const mapping = { email: 'Email', name: 'Name', roles: 'Roles', externalId: 'Id', status: 'Status', department: 'Dept', title: 'Title' };

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    columns: Object.values(mapping), mapping, roles: ROLES, canGiveOwner: false,
    persons: new Map([['known@example.com', { id: 'p-known', kind: 'person' }], ['robot@example.com', { id: 'p-robot', kind: 'service' }]]),
    memberEmails: new Set(['member@example.com']),
    usedExternalIds: new Set(['E-9']),
    ...overrides,
  };
}

function check(lines: string[], overrides: Partial<ImportContext> = {}) {
  const table = parseCsvTable(['Email,Name,Roles,Id,Status,Dept,Title', ...lines].join('\n'));
  return validateImportRows(readRawRows(table, mapping), context(overrides));
}

describe('validateImportRows', () => {
  it('turns a good row into what is imported, with the Member role and pending status by default', () => {
    const { rows, errors } = check(['Known@Example.com,,,,,Sales,Lead', 'new@example.com,New Person,sales LEAD|member,E-1,active,,']);

    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, email: 'known@example.com', name: 'known', personId: 'p-known', roleIds: ['r-member'], roleNames: ['Member'], externalId: null, status: 'pending', department: 'Sales', title: 'Lead' },
      { row: 3, email: 'new@example.com', name: 'New Person', personId: null, roleIds: ['r-sales', 'r-member'], roleNames: ['Sales lead', 'Member'], externalId: 'E-1', status: 'active', department: null, title: null },
    ]);
  });

  it('reports every problem of every row with its row and column', () => {
    const { rows, errors } = check([
      'not-an-email,,,,,,',
      ',,,,,,',
      'a@example.com,,,E-1,,,',
      'A@example.com,,,E-1,,,',
      'member@example.com,,,,,,',
      'robot@example.com,,,,,,',
      'b@example.com,,Wizard;Owner,E-9,gone,,',
      'c@example.com,too',
    ]);

    expect(rows.map((row) => row.email)).toEqual(['a@example.com']);
    expect(errors).toEqual([
      { row: 2, column: 'Email', message: '"not-an-email" is not a valid e-mail address.' },
      { row: 3, column: 'Email', message: 'The e-mail address is missing.' },
      { row: 5, column: 'Email', message: 'a@example.com appears already in row 4.' },
      { row: 5, column: 'Id', message: 'The external id "E-1" appears already in row 4.' },
      { row: 6, column: 'Email', message: 'member@example.com is already a member of this account.' },
      { row: 7, column: 'Email', message: 'robot@example.com belongs to a service account.' },
      { row: 8, column: 'Id', message: 'Another member already has the external id "E-9".' },
      { row: 8, column: 'Roles', message: 'Unknown role: Wizard.' },
      { row: 8, column: 'Roles', message: 'Only an owner can give the Owner role.' },
      { row: 8, column: 'Status', message: '"gone" is not a status; use active, inactive, pending, suspended or leave it empty (pending).' },
      { row: 9, column: '', message: 'This row has 2 cells; the header has 7.' },
    ]);
  });

  it('lets an owner give the Owner role', () => {
    const { errors } = check(['o@example.com,,owner,,,,'], { canGiveOwner: true });

    expect(errors).toEqual([]);
  });
});

describe('resolveColumns', () => {
  it('answers 400 pointing at each mapped column the file lacks', () => {
    expect(() => resolveColumns(['Email'], { email: 'E-Mail', name: 'Name' })).toThrow(expect.objectContaining({
      errors: [{ pointer: '/mapping/email', message: 'The file has no column "E-Mail".' }, { pointer: '/mapping/name', message: 'The file has no column "Name".' }],
    }));
  });
});
