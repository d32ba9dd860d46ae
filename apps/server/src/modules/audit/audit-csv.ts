/**
 * CSV for the audit export (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break, quotes doubled. A field that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe (OWASP "CSV injection").
 */
import type { AuditEntry } from '@flowforge/contracts';

export const AUDIT_CSV_COLUMNS = [
  'createdAt', 'action', 'resourceType', 'resourceId', 'actorId', 'actorName', 'actorEmail', 'ip', 'requestId', 'before', 'after', 'id',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function toCsvField(value: string | null): string {
  if (value === null) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsvLine(values: readonly (string | null)[]): string {
  return `${values.map(toCsvField).join(',')}\r\n`;
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function auditCsvHeader(): string {
  return toCsvLine(AUDIT_CSV_COLUMNS);
}

export function auditEntryToCsv(entry: AuditEntry): string {
  const values: Record<(typeof AUDIT_CSV_COLUMNS)[number], string | null> = {
    createdAt: entry.createdAt, action: entry.action, resourceType: entry.resourceType, resourceId: entry.resourceId,
    actorId: entry.actorId, actorName: entry.actorName, actorEmail: entry.actorEmail, ip: entry.ip, requestId: entry.requestId,
    before: jsonOrNull(entry.before), after: jsonOrNull(entry.after), id: entry.id,
  };
  return toCsvLine(AUDIT_CSV_COLUMNS.map((column) => values[column]));
}
