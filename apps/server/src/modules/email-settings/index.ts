export { emailSettingsRoutes } from './email-settings.routes.ts';
