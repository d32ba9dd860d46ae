// The role editor's draft: what the form holds, how permission checkboxes change it, and the body
// the API receives. Pure, so the editor's behaviour is unit-tested without rendering.
import type { CreateRoleBody, Role } from '@flowforge/contracts';
import { collectFieldErrors, isApiProblem } from '../../lib/api-problem';

export interface RoleDraft {
  name: string;
  color: string;
  description: string;
  permissions: readonly string[];
}

export type RoleField = 'name' | 'color' | 'description' | 'permissions';

export const DEFAULT_ROLE_COLOR = '#64748b';
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

export function draftFromRole(role: Role | undefined): RoleDraft {
  if (!role) return { name: '', color: DEFAULT_ROLE_COLOR, description: '', permissions: [] };
  return { name: role.name, color: role.color, description: role.description, permissions: role.permissions };
}

/** Turns one permission on or off. */
export function togglePermission(draft: RoleDraft, permission: string, isOn: boolean): RoleDraft {
  const others = draft.permissions.filter((candidate) => candidate !== permission);
  return { ...draft, permissions: isOn ? [...others, permission] : others };
}

/** Whether all, some or none of a resource's permissions are in the draft (the "select all" box). */
export function selectionOf(draft: RoleDraft, resourcePermissions: readonly string[]): 'all' | 'some' | 'none' {
  const count = resourcePermissions.filter((permission) => draft.permissions.includes(permission)).length;
  if (count === 0) return 'none';
  return count === resourcePermissions.length ? 'all' : 'some';
}

/** Selects or clears every permission of one resource. */
export function setResourcePermissions(draft: RoleDraft, resourcePermissions: readonly string[], isOn: boolean): RoleDraft {
  const others = draft.permissions.filter((permission) => !resourcePermissions.includes(permission));
  return { ...draft, permissions: isOn ? [...others, ...resourcePermissions] : others };
}

/** The body to send, with permissions in catalog order. */
export function toRoleBody(draft: RoleDraft, catalogOrder: readonly string[]): CreateRoleBody {
  const permissions = catalogOrder.filter((permission) => draft.permissions.includes(permission));
  return { name: draft.name.trim(), color: draft.color.toLowerCase(), description: draft.description.trim(), permissions };
}

/** Errors the browser can tell before sending (the server checks everything again). */
export function validateRoleDraft(draft: RoleDraft): Partial<Record<RoleField, 'required' | 'color'>> {
  const errors: Partial<Record<RoleField, 'required' | 'color'>> = {};
  if (draft.name.trim() === '') errors.name = 'required';
  if (!isHexColor(draft.color)) errors.color = 'color';
  return errors;
}

/** The server's field errors of a failed save by form field (`/permissions/3` → permissions). */
export function roleFieldErrors(error: unknown): Partial<Record<RoleField, string>> {
  if (!isApiProblem(error)) return {};
  const errors: Partial<Record<RoleField, string>> = {};
  for (const [path, message] of Object.entries(collectFieldErrors(error))) {
    const field = path.split('.')[0] as RoleField;
    if (['name', 'color', 'description', 'permissions'].includes(field)) errors[field] ??= message;
  }
  return errors;
}
