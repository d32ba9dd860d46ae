/**
 * CSV import of users (spec §3.3.2 "Bulk import"): preview the file's columns, validate every row
 * (dry run: the report only), then apply all rows in one transaction — or none when any row is
 * invalid. Pending rows get an invitation when asked for.
 */
import {
  IMPORT_PREVIEW_ROWS, type FieldError, type ImportPreview, type ImportPreviewRow, type ImportReport, type ImportResult, type ImportRowError,
  type ImportUsersBody,
} from '@flowforge/contracts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Tx } from '../../../platform/db/pool.ts';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { DomainError } from '../../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { recomputeDynamicGroups } from '../../groups/index.ts';
import { sendInvitations } from '../invitations/send-invitation.ts';
import { listAccountRoles } from '../members.repository.ts';
import { isOwner } from '../role-rules.ts';
import { rethrowUniqueViolation } from '../unique-violation.ts';
import { suggestMapping } from './column-guess.ts';
import { parseCsvTable } from './csv-table.ts';
import { findMemberEmails, findPersonsByEmail, findUsedExternalIds, insertMembers, insertPersons } from './import.repository.ts';
import { readRawRows, validateImportRows, type ImportContext, type ImportRow, type RawRow } from './import-rows.ts';

const SAMPLE_ROWS = 5;

type ImportRequest = Required<Pick<ImportUsersBody, 'csv' | 'mapping' | 'dryRun' | 'sendInvites'>>;

/** The file's columns, a few rows and a suggested mapping, for the import wizard. */
export function previewImportFile(csv: string): ImportPreview {
  const table = parseCsvTable(csv);
  return {
    columns: table.columns,
    delimiter: table.delimiter,
    rows: table.rows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    suggestedMapping: suggestMapping(table.columns),
  };
}

export async function importUsers(platform: Platform, ctx: RequestContext, body: ImportRequest): Promise<ImportReport | ImportResult> {
  const tenant = requireAccount(ctx);
  const table = parseCsvTable(body.csv);
  const raws = readRawRows(table, body.mapping);
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, async (tx) => {
    const context = await loadContext(tx, { tenant, raws, columns: table.columns, mapping: body.mapping });
    const { rows, errors } = validateImportRows(raws, context);
    if (body.dryRun) return { columns: table.columns, rows: raws.length, valid: rows.length, errors, preview: rows.slice(0, IMPORT_PREVIEW_ROWS).map(toPreviewRow) };
    if (errors.length > 0) {
      const invalidRows = new Set(errors.map((error) => error.row)).size;
      throw new DomainError('unprocessable', `${invalidRows} of ${raws.length} rows have problems; nothing was imported. Fix them and import the file again.`, {
        errors: errors.map(toFieldError),
      });
    }
    if (rows.length === 0) throw new DomainError('validation-failed', 'The file has no rows to import.', { errors: [{ pointer: '/csv', message: 'No data rows' }] });
    return applyImport(tx, { platform, tenant, rows, sendInvites: body.sendInvites });
  });
}

type ContextInput = { tenant: TenantContext; raws: readonly RawRow[]; columns: string[]; mapping: ImportRequest['mapping'] };

async function loadContext(tx: Tx, { tenant, raws, columns, mapping }: ContextInput): Promise<ImportContext> {
  const accountId = tenant.principal.accountId;
  const emails = [...new Set(raws.map((raw) => raw.email).filter(Boolean))];
  const externalIds = [...new Set(raws.map((raw) => raw.externalId).filter(Boolean))];
  // One connection runs one statement at a time: these go one after the other.
  const roles = await listAccountRoles(tx, accountId);
  const persons = await findPersonsByEmail(tx, emails);
  const memberEmails = await findMemberEmails(tx, { accountId, emails });
  const usedExternalIds = await findUsedExternalIds(tx, { accountId, externalIds });
  return {
    columns, mapping, roles, canGiveOwner: isOwner(tenant),
    persons: new Map(persons.map((person) => [person.email, person])),
    memberEmails: new Set(memberEmails),
    usedExternalIds: new Set(usedExternalIds),
  };
}

type Apply = { platform: Platform; tenant: TenantContext; rows: readonly ImportRow[]; sendInvites: boolean };

async function applyImport(tx: Tx, { platform, tenant, rows, sendInvites }: Apply): Promise<ImportResult> {
  const { accountId, userId: actorId } = tenant.principal;
  const created = await insertPersons(tx, rows.filter((row) => row.personId === null).map((row) => ({
    email: row.email, name: row.name, profile: profileOf(row),
  })));
  const members = rows.map((row) => ({ ...row, userId: row.personId ?? created.get(row.email) ?? '' }));
  await insertMembers(tx, { accountId, createdBy: actorId, members }).catch(rethrowUniqueViolation);
  const invitees = sendInvites ? members.filter((member) => member.status === 'pending') : [];
  await sendInvitations(tx, tenant, { baseUrl: platform.baseUrl, invitees });
  await recomputeDynamicGroups(tx, { accountId, userIds: members.map((member) => member.userId) });
  await recordAudit(tx, tenant, {
    action: 'user.imported', resourceType: 'account', resourceId: accountId,
    after: { rows: rows.length, newPeople: created.size, invited: invitees.length },
  });
  for (const member of members) {
    await recordAudit(tx, tenant, {
      action: 'user.created', resourceType: 'user', resourceId: member.userId,
      after: { email: member.email, status: member.status, roleIds: member.roleIds, externalId: member.externalId, imported: true },
    });
  }
  return { created: members.length, invited: invitees.length };
}

function profileOf(row: ImportRow): Record<string, string> {
  return { ...(row.department ? { department: row.department } : {}), ...(row.title ? { title: row.title } : {}) };
}

function toPreviewRow(row: ImportRow): ImportPreviewRow {
  const { personId, roleNames, roleIds: _roleIds, ...rest } = row;
  return { ...rest, roles: roleNames, isNewPerson: personId === null };
}

/** `/rows/<row>/<column>` (JSON-pointer escaped), or `/rows/<row>` for a problem of the whole row. */
function toFieldError(error: ImportRowError): FieldError {
  const column = error.column.replaceAll('~', '~0').replaceAll('/', '~1');
  return { pointer: column === '' ? `/rows/${error.row}` : `/rows/${error.row}/${column}`, message: error.message };
}
