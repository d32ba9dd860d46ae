/** The permission catalog as the role editor renders it: resources with their actions, and what each system role holds. */
import { PERMISSION_CATALOG, SYSTEM_ROLE_KEYS, SYSTEM_ROLE_PERMISSIONS, type PermissionCatalog } from '@flowforge/contracts';

export function buildPermissionCatalog(): PermissionCatalog {
  const resources = Object.entries(PERMISSION_CATALOG).map(([resource, { label, actions }]) => ({
    resource,
    label,
    actions: Object.entries(actions).map(([action, description]) => ({ permission: `${resource}:${action}`, action, description })),
  }));
  const systemRoles = SYSTEM_ROLE_KEYS.map((key) => ({ key, permissions: [...SYSTEM_ROLE_PERMISSIONS[key]] }));
  return { resources, systemRoles };
}
