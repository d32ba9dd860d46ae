export { RolesPage } from './RolesPage';
// For the groups screens, which give roles to groups.
export { rolesQueryOptions } from './api/roles-api';
export { RoleSwatch } from './components/RoleSwatch';
