import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@flowforge/contracts';
import { auditCsvHeader, auditEntryToCsv, toCsvField } from './audit-csv.ts';

describe('toCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1', "'-1"],
    ['@user', "'@user"],
    ['', ''],
  ])('encodes %j as %j', (value, expected) => {
    expect(toCsvField(value)).toBe(expected);
  });

  it('writes null as an empty field', () => {
    expect(toCsvField(null)).toBe('');
  });
});

describe('auditEntryToCsv', () => {
  it('writes one CRLF-terminated record per entry, in the header order, with JSON for before and after', () => {
    const entry: AuditEntry = {
      id: '00000000-0000-4000-8000-000000000001', action: 'settings.security-updated', resourceType: 'account', resourceId: 'r1',
      actorId: null, actorName: 'Ada, Countess', actorEmail: 'ada@example.com', ip: '127.0.0.1', requestId: 'req-1',
      before: { a: 1 }, after: null, createdAt: '2026-03-01T10:00:00.000001+00:00',
    };

    const line = auditEntryToCsv(entry);

    expect(auditCsvHeader()).toBe('createdAt,action,resourceType,resourceId,actorId,actorName,actorEmail,ip,requestId,before,after,id\r\n');
    expect(line).toBe('2026-03-01T10:00:00.000001+00:00,settings.security-updated,account,r1,,"Ada, Countess",ada@example.com,127.0.0.1,req-1,"{""a"":1}",,00000000-0000-4000-8000-000000000001\r\n');
  });
});
