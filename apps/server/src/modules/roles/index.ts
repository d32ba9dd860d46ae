export { roleRoutes } from './roles.routes.ts';
export { parsePermissions } from './roles.service.ts';
export { assertAccountHasOwner, assertCanGrantPermissions, assertCanGrantRoles, findRolesById, isOwner, rolePermissions, type GrantedRole, type RoleRef } from './role-grants.ts';
export { RECOMPUTE_DYNAMIC_GROUPS_TASK, scheduleDynamicGroupRecompute } from './role-changes.ts';
export { decodeNameCursor, toNamePage } from './name-cursor.ts';
