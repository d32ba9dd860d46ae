export { accountRoutes } from './accounts.routes.ts';
export { createAccountFor } from './account-creation.ts';
