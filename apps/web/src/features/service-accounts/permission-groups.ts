// The permissions a service credential may hold, grouped by resource in catalog order, and the
// selection edits of the permission picker. Labels come from the message files when they exist
// there, else from the catalog's English text.
import { PERMISSION_CATALOG, SERVICE_PERMISSIONS, type Permission } from '@flowforge/contracts';
import type { MessageKey, Translate } from '../../lib/i18n';
import { en } from '../../lib/i18n/messages/en';

export interface PermissionChoice {
  permission: Permission;
  description: string;
}

export interface PermissionGroup {
  resource: string;
  label: string;
  choices: PermissionChoice[];
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

function translated(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** One group per catalog resource that has a permission a service account may hold. */
export function groupServicePermissions(t: Translate): PermissionGroup[] {
  return Object.entries(PERMISSION_CATALOG).flatMap(([resource, entry]) => {
    const choices = Object.entries(entry.actions as Record<string, string>)
      .map(([action, description]) => ({ permission: `${resource}:${action}` as Permission, description }))
      .filter((choice) => SERVICE_PERMISSIONS.includes(choice.permission))
      .map((choice) => ({ ...choice, description: translated(t, `permission.${choice.permission}`, choice.description) }));
    return choices.length === 0 ? [] : [{ resource, label: translated(t, `permission.resource.${resource}`, entry.label), choices }];
  });
}

/** Adds or removes permissions, keeping the catalog order. */
export function setPermissions(selected: readonly Permission[], changed: readonly Permission[], isOn: boolean): Permission[] {
  const next = new Set(selected);
  for (const permission of changed) {
    if (isOn) next.add(permission);
    else next.delete(permission);
  }
  return SERVICE_PERMISSIONS.filter((permission) => next.has(permission));
}

/** Whether none, some or all of `permissions` are selected (for a group's "select all" box). */
export function selectionState(selected: readonly Permission[], permissions: readonly Permission[]): 'none' | 'some' | 'all' {
  const count = permissions.filter((permission) => selected.includes(permission)).length;
  if (count === 0) return 'none';
  return count === permissions.length ? 'all' : 'some';
}
