// Preferences remembered by this browser: used before sign-in, and as the first paint's guess
// (public/theme-init.js) until the server's copy arrives.
import { detectLocale, isLocale } from '../../lib/i18n';
import { readStored, STORAGE_KEYS, writeStored } from '../../lib/local-store';
import { isThemePreference } from '../../lib/theme';
import type { UserPreferences } from '../session';

export function parseLocalPreferences(
  stored: { theme: string | null; locale: string | null },
  browserLanguages: readonly string[],
): UserPreferences {
  return {
    theme: isThemePreference(stored.theme) ? stored.theme : 'system',
    locale: isLocale(stored.locale) ? stored.locale : detectLocale(browserLanguages),
  };
}

export function readLocalPreferences(): UserPreferences {
  return parseLocalPreferences(
    { theme: readStored(STORAGE_KEYS.theme), locale: readStored(STORAGE_KEYS.locale) },
    navigator.languages,
  );
}

export function writeLocalPreferences(preferences: UserPreferences): void {
  writeStored(STORAGE_KEYS.theme, preferences.theme);
  writeStored(STORAGE_KEYS.locale, preferences.locale);
}
