// Owns theme and language for the whole app: takes the signed-in user's preferences (else the
// browser's), applies them to <html> (dark class, lang) and provides the translations and the
// date and number formatting (regional format and time zone).
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { FormatProvider } from '../../lib/format';
import { I18nProvider } from '../../lib/i18n';
import { applyTheme, resolveTheme } from '../../lib/theme';
import { useOptionalMe, type UserPreferences } from '../session';
import { readLocalPreferences, writeLocalPreferences } from './local-preferences';
import { PreferencesContext, type PreferencesContextValue } from './preferences-context';
import { useSystemPrefersDark } from './useSystemPrefersDark';

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const me = useOptionalMe();
  const serverPreferences = me?.user.preferences;
  // What is shown. A change applies here synchronously (controlled inputs never flicker back);
  // usePreferences also saves it to the server when signed in.
  const [preferences, setLocal] = useState<UserPreferences>(readLocalPreferences);

  // When the server's copy changes (sign-in, another device saved), it wins; after a sign-out
  // the sign-in page keeps the look the user had.
  const [seenServerPreferences, setSeenServerPreferences] = useState(serverPreferences);
  if (serverPreferences !== seenServerPreferences) {
    setSeenServerPreferences(serverPreferences);
    if (serverPreferences) setLocal(serverPreferences);
  }
  const systemPrefersDark = useSystemPrefersDark();
  const resolvedTheme = resolveTheme(preferences.theme, systemPrefersDark);

  useLayoutEffect(() => {
    applyTheme(resolvedTheme);
  }, [resolvedTheme]);

  useLayoutEffect(() => {
    document.documentElement.lang = preferences.locale;
    writeLocalPreferences({ theme: preferences.theme, locale: preferences.locale });
  }, [preferences.theme, preferences.locale]);

  const value = useMemo<PreferencesContextValue>(
    () => ({
      preferences,
      resolvedTheme,
      isSignedIn: Boolean(me),
      setLocalPreferences: (patch) => { setLocal((current) => ({ ...current, ...patch })); },
    }),
    [preferences, resolvedTheme, me],
  );

  return (
    <PreferencesContext value={value}>
      <I18nProvider locale={preferences.locale}>
        <FormatProvider locale={preferences.formatLocale ?? preferences.locale} timeZone={preferences.timeZone ?? undefined}>{children}</FormatProvider>
      </I18nProvider>
    </PreferencesContext>
  );
}
