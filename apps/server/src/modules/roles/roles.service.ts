/** Use cases for roles (spec §3.8): list, read, create, edit and delete custom roles; who holds a role. */
import { PermissionSchema, type FieldError, type Permission, type Role, type RoleHolderPage } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { decodeNameCursor, toNamePage } from './name-cursor.ts';
import { scheduleDynamicGroupRecompute } from './role-changes.ts';
import { assertCanGrantPermissions, rolePermissions } from './role-grants.ts';
import { deleteRole, findRole, insertRole, listRoleAssignments, listRoleHolders, listRoles, updateRole, type RoleRow } from './roles.repository.ts';

type CreateInput = { name: string; description: string; color: string; permissions: string[] };
type UpdateInput = { name?: string | undefined; description?: string | undefined; color?: string | undefined; permissions?: string[] | undefined };

function inTenant<T>(platform: Platform, tenant: TenantContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(platform.appPool, { accountId: tenant.principal.accountId, userId: tenant.principal.userId }, work);
}

function toRole(row: RoleRow): Role {
  return { ...row, systemKey: row.systemKey as Role['systemKey'], permissions: rolePermissions(row) };
}

/** Checks every entry against the catalog (422 with a pointer per unknown entry); drops duplicates. */
export function parsePermissions(values: readonly string[]): Permission[] {
  const errors: FieldError[] = [];
  const permissions = new Set<Permission>();
  values.forEach((value, index) => {
    const parsed = PermissionSchema.safeParse(value);
    if (parsed.success) permissions.add(parsed.data);
    else errors.push({ pointer: `/permissions/${index}`, message: `"${value}" is not in the permission catalog.` });
  });
  if (errors.length > 0) throw new DomainError('unprocessable', `${errors.length} permission(s) are not in the permission catalog.`, { errors });
  return [...permissions];
}

async function getRoleRow(tx: Tx, id: string): Promise<RoleRow> {
  const role = await findRole(tx, id);
  if (!role) throw new DomainError('role-not-found', `Role ${id} does not exist.`);
  return role;
}

function assertCustom(role: RoleRow): void {
  if (role.systemKey) throw new DomainError('system-role', `"${role.name}" is a system role; create a custom role to grant a different set of permissions.`);
}

const nameTaken = (name: string) => new DomainError('name-taken', `A role named "${name}" already exists.`, { errors: [{ pointer: '/name', message: 'This name is already in use' }] });

export async function listAccountRoles(platform: Platform, ctx: RequestContext): Promise<Role[]> {
  const tenant = requireAccount(ctx);
  const rows = await inTenant(platform, tenant, listRoles);
  return rows.map(toRole);
}

export async function getRoleById(platform: Platform, ctx: RequestContext, id: string): Promise<Role> {
  const tenant = requireAccount(ctx);
  return toRole(await inTenant(platform, tenant, (tx) => getRoleRow(tx, id)));
}

export async function createRole(platform: Platform, ctx: RequestContext, body: CreateInput): Promise<Role> {
  const tenant = requireAccount(ctx);
  const permissions = parsePermissions(body.permissions);
  assertCanGrantPermissions(tenant, permissions);
  return inTenant(platform, tenant, async (tx) => {
    const id = await insertRole(tx, tenant.principal.accountId, { ...body, permissions });
    if (!id) throw nameTaken(body.name);
    const role = toRole(await getRoleRow(tx, id));
    await recordAudit(tx, tenant, { action: 'role.created', resourceType: 'role', resourceId: id, after: auditView(role) });
    return role;
  });
}

export async function updateRoleById(platform: Platform, ctx: RequestContext, input: { id: string; body: UpdateInput }): Promise<Role> {
  const tenant = requireAccount(ctx);
  const { body } = input;
  const requested = body.permissions === undefined ? undefined : parsePermissions(body.permissions);
  return inTenant(platform, tenant, async (tx) => {
    const before = await getRoleRow(tx, input.id);
    assertCustom(before);
    const permissions = requested ?? rolePermissions(before);
    assertCanGrantPermissions(tenant, permissions.filter((permission) => !before.permissions.includes(permission)));
    const values = { name: body.name ?? before.name, description: body.description ?? before.description, color: body.color ?? before.color, permissions };
    if ((await updateRole(tx, input.id, values)) === 'name-taken') throw nameTaken(values.name);
    const after = toRole(await getRoleRow(tx, input.id));
    await recordAudit(tx, tenant, { action: 'role.updated', resourceType: 'role', resourceId: input.id, before: auditView(toRole(before)), after: auditView(after) });
    if (after.name !== before.name) await scheduleDynamicGroupRecompute(tx, tenant.principal.accountId);
    return after;
  });
}

/** Deletes a custom role; its assignments to people and groups go with it (listed in the audit entry). */
export async function deleteRoleById(platform: Platform, ctx: RequestContext, id: string): Promise<void> {
  const tenant = requireAccount(ctx);
  await inTenant(platform, tenant, async (tx) => {
    const role = await getRoleRow(tx, id);
    assertCustom(role);
    const holders = await listRoleAssignments(tx, id);
    await deleteRole(tx, id);
    await recordAudit(tx, tenant, { action: 'role.deleted', resourceType: 'role', resourceId: id, before: { ...auditView(toRole(role)), holders } });
    if (holders.users.length > 0) await scheduleDynamicGroupRecompute(tx, tenant.principal.accountId);
  });
}

export async function listHoldersOfRole(platform: Platform, ctx: RequestContext, query: { id: string; limit: number; cursor?: string | undefined }): Promise<RoleHolderPage> {
  const tenant = requireAccount(ctx);
  const after = decodeNameCursor(query.cursor);
  return inTenant(platform, tenant, async (tx) => {
    await getRoleRow(tx, query.id);
    const rows = await listRoleHolders(tx, { roleId: query.id, after, limit: query.limit });
    const page = toNamePage(rows, { limit: query.limit, key: (row) => [row.sortKey, row.userId] });
    return { items: page.items.map(({ sortKey: _sortKey, ...holder }) => holder), nextCursor: page.nextCursor };
  });
}

function auditView(role: Role) {
  return { name: role.name, description: role.description, color: role.color, permissions: role.permissions };
}
