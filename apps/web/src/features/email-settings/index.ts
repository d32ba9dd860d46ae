export { EmailSettingsPage } from './EmailSettingsPage';
