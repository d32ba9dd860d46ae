/**
 * Suggests which CSV column holds which field, from the header names (English and German, any
 * case, ignoring spaces, dashes and underscores): "E-Mail-Adresse" → email, "Abteilung" → department.
 */
import type { ImportField, ImportMapping } from '@flowforge/contracts';

const ALIASES: Record<ImportField, readonly string[]> = {
  email: ['email', 'emailaddress', 'mail', 'emailadresse', 'mailaddress', 'workemail'],
  name: ['name', 'fullname', 'displayname', 'username', 'vollständigername', 'anzeigename'],
  roles: ['roles', 'role', 'rollen', 'rolle'],
  externalId: ['externalid', 'employeeid', 'employeenumber', 'id', 'personalnummer', 'mitarbeiternummer', 'externeid'],
  status: ['status', 'state', 'zustand'],
  department: ['department', 'dept', 'team', 'abteilung'],
  title: ['title', 'jobtitle', 'position', 'titel', 'stellenbezeichnung', 'funktion'],
};

function normalize(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]/g, '');
}

export function suggestMapping(columns: readonly string[]): Partial<ImportMapping> {
  const mapping: Partial<ImportMapping> = {};
  for (const [field, aliases] of Object.entries(ALIASES) as [ImportField, readonly string[]][]) {
    const column = columns.find((candidate) => aliases.includes(normalize(candidate)));
    if (column !== undefined && !Object.values(mapping).includes(column)) mapping[field] = column;
  }
  return mapping;
}
