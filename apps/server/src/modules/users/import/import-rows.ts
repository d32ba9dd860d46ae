/**
 * Checks every row of a user import against the mapping and what the account already has, and
 * reports each problem with its row and column. Pure: the service looks up people, members, roles
 * and external ids first and passes them in.
 */
import { z } from 'zod';
import { USER_STATUSES, type ImportField, type ImportMapping, type ImportRowError, type UserStatus } from '@flowforge/contracts';
import { DomainError } from '../../../platform/errors.ts';
import type { AccountRole } from '../members.repository.ts';
import type { CsvTable } from './csv-table.ts';

/** The cells of one row, read through the mapping (missing columns read as ''). */
export type RawRow = { row: number; cellCount: number } & Record<ImportField, string>;

export type ImportContext = {
  columns: readonly string[];
  mapping: ImportMapping;
  roles: readonly AccountRole[];
  /** People that exist already, by lower-case e-mail. */
  persons: ReadonlyMap<string, { id: string; kind: 'person' | 'service' }>;
  /** E-mails of people who are members of the account already. */
  memberEmails: ReadonlySet<string>;
  /** External ids other members of the account have. */
  usedExternalIds: ReadonlySet<string>;
  canGiveOwner: boolean;
};

export type ImportRow = {
  row: number;
  email: string;
  name: string;
  personId: string | null;
  roleIds: string[];
  roleNames: string[];
  externalId: string | null;
  status: UserStatus;
  department: string | null;
  title: string | null;
};

const EmailSchema = z.email().max(255);
const ROLE_SEPARATOR = /[;|]/;
const MAX_NAME = 120;
const MAX_TEXT = 200;

/** Column index of each mapped field; 400 pointing at `/mapping/<field>` for a column the file lacks. */
export function resolveColumns(columns: readonly string[], mapping: ImportMapping): Partial<Record<ImportField, number>> {
  const indexes: Partial<Record<ImportField, number>> = {};
  const errors = [];
  for (const [field, column] of Object.entries(mapping) as [ImportField, string][]) {
    const index = columns.indexOf(column);
    if (index === -1) errors.push({ pointer: `/mapping/${field}`, message: `The file has no column "${column}".` });
    else indexes[field] = index;
  }
  if (errors.length > 0) throw new DomainError('validation-failed', 'The mapping names columns the file does not have.', { errors });
  return indexes;
}

export function readRawRows(table: CsvTable, mapping: ImportMapping): RawRow[] {
  const indexes = resolveColumns(table.columns, mapping);
  const cell = (cells: string[], field: ImportField) => {
    const index = indexes[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  return table.rows.map(({ row, cells }) => ({
    row, cellCount: cells.length,
    email: cell(cells, 'email').toLowerCase(), name: cell(cells, 'name'), roles: cell(cells, 'roles'), externalId: cell(cells, 'externalId'),
    status: cell(cells, 'status').toLowerCase(), department: cell(cells, 'department'), title: cell(cells, 'title'),
  }));
}

/** Validates every row; rows with at least one error are left out of `rows`. */
export function validateImportRows(raws: readonly RawRow[], context: ImportContext): { rows: ImportRow[]; errors: ImportRowError[] } {
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const seenEmails = new Map<string, number>();
  const seenExternalIds = new Map<string, number>();
  for (const raw of raws) {
    const report = (field: ImportField | null, message: string) =>
      errors.push({ row: raw.row, column: field === null ? '' : (context.mapping[field] ?? field), message });
    const before = errors.length;
    checkShape(raw, context, report);
    checkEmail(raw, { context, seen: seenEmails, report });
    checkExternalId(raw, { context, seen: seenExternalIds, report });
    const roles = resolveRoleNames(raw, { context, report });
    const status = parseStatus(raw, report);
    checkLengths(raw, report);
    if (errors.length === before) rows.push(toImportRow(raw, { context, roles, status }));
  }
  return { rows, errors };
}

type Report = (field: ImportField | null, message: string) => void;
type SeenCheck = { context: ImportContext; seen: Map<string, number>; report: Report };

function checkShape(raw: RawRow, context: ImportContext, report: Report): void {
  if (raw.cellCount !== context.columns.length) report(null, `This row has ${raw.cellCount} cells; the header has ${context.columns.length}.`);
}

function checkEmail(raw: RawRow, { context, seen, report }: SeenCheck): void {
  if (raw.email === '') return report('email', 'The e-mail address is missing.');
  if (!EmailSchema.safeParse(raw.email).success) return report('email', `"${raw.email}" is not a valid e-mail address.`);
  const first = seen.get(raw.email);
  if (first !== undefined) return report('email', `${raw.email} appears already in row ${first}.`);
  seen.set(raw.email, raw.row);
  if (context.memberEmails.has(raw.email)) return report('email', `${raw.email} is already a member of this account.`);
  if (context.persons.get(raw.email)?.kind === 'service') report('email', `${raw.email} belongs to a service account.`);
}

function checkExternalId(raw: RawRow, { context, seen, report }: SeenCheck): void {
  if (raw.externalId === '') return;
  const first = seen.get(raw.externalId);
  if (first !== undefined) return report('externalId', `The external id "${raw.externalId}" appears already in row ${first}.`);
  seen.set(raw.externalId, raw.row);
  if (context.usedExternalIds.has(raw.externalId)) report('externalId', `Another member already has the external id "${raw.externalId}".`);
}

function resolveRoleNames(raw: RawRow, { context, report }: { context: ImportContext; report: Report }): readonly AccountRole[] {
  const names = raw.roles.split(ROLE_SEPARATOR).map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) return context.roles.filter((role) => role.systemKey === 'member');
  const byName = new Map(context.roles.flatMap((role) => [[role.name.toLowerCase(), role], ...(role.systemKey ? [[role.systemKey, role] as const] : [])]));
  const unknown = names.filter((name) => !byName.has(name.toLowerCase()));
  if (unknown.length > 0) report('roles', `Unknown role${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
  const roles = [...new Set(names.flatMap((name) => byName.get(name.toLowerCase()) ?? []))];
  if (!context.canGiveOwner && roles.some((role) => role.systemKey === 'owner')) report('roles', 'Only an owner can give the Owner role.');
  return roles;
}

function parseStatus(raw: RawRow, report: Report): UserStatus {
  if (raw.status === '') return 'pending';
  if ((USER_STATUSES as readonly string[]).includes(raw.status)) return raw.status as UserStatus;
  report('status', `"${raw.status}" is not a status; use ${USER_STATUSES.join(', ')} or leave it empty (pending).`);
  return 'pending';
}

function checkLengths(raw: RawRow, report: Report): void {
  if (raw.name.length > MAX_NAME) report('name', `The name is longer than ${MAX_NAME} characters.`);
  if (raw.externalId.length > MAX_TEXT) report('externalId', `The external id is longer than ${MAX_TEXT} characters.`);
  if (raw.department.length > MAX_TEXT) report('department', `The department is longer than ${MAX_TEXT} characters.`);
  if (raw.title.length > MAX_TEXT) report('title', `The title is longer than ${MAX_TEXT} characters.`);
}

function toImportRow(raw: RawRow, input: { context: ImportContext; roles: readonly AccountRole[]; status: UserStatus }): ImportRow {
  return {
    row: raw.row,
    email: raw.email,
    name: raw.name === '' ? (raw.email.split('@')[0] ?? raw.email) : raw.name,
    personId: input.context.persons.get(raw.email)?.id ?? null,
    roleIds: input.roles.map((role) => role.id),
    roleNames: input.roles.map((role) => role.name),
    externalId: raw.externalId || null,
    status: input.status,
    department: raw.department || null,
    title: raw.title || null,
  };
}
