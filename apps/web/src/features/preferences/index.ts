export { PreferencesProvider } from './PreferencesProvider';
export { usePreferences } from './usePreferences';
export { readLocalPreferences } from './local-preferences';
export { ThemeRadioGroup, THEME_OPTIONS } from './components/ThemeRadioGroup';
export { LanguageSelect } from './components/LanguageSelect';
export { PreferenceBar } from './components/PreferenceBar';
