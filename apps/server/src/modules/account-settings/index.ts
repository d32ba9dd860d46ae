export { accountSettingsRoutes } from './account-settings.routes.ts';
