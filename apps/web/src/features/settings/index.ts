export { SettingsPage } from './SettingsPage';
export { MfaSetupPage } from './MfaSetupPage';
export { AccountLogoUpload } from './components/AccountLogoUpload';
