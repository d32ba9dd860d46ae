// What the signed-in user may do on the users screen, from their permissions and roles.
export interface UserAccess {
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  /** Only owners give or take the Owner role (the server checks it too). */
  canGiveOwner: boolean;
}

// The system role's name: system roles cannot be renamed.
const OWNER_ROLE_NAME = 'Owner';

export function readUserAccess(me: { permissions: readonly string[]; account: { roles: readonly string[] } }): UserAccess {
  return {
    canCreate: me.permissions.includes('users:create'),
    canUpdate: me.permissions.includes('users:update'),
    canDelete: me.permissions.includes('users:delete'),
    canGiveOwner: me.account.roles.includes(OWNER_ROLE_NAME),
  };
}
