import { useQueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { useT, type Locale } from '../../lib/i18n';
import type { ThemePreference } from '../../lib/theme';
import { useToast } from '../../ui/feedback/useToast';
import { ME_QUERY_KEY, updatePreferences, type Me, type UserPreferences } from '../session';
import { PreferencesContext, type PreferencesContextValue } from './preferences-context';

interface PreferencesApi extends Pick<PreferencesContextValue, 'preferences' | 'resolvedTheme'> {
  setTheme: (theme: ThemePreference) => void;
  setLocale: (locale: Locale) => void;
}

function withPreferences(me: Me, preferences: UserPreferences): Me {
  return { ...me, user: { ...me.user, preferences } };
}

/**
 * Reads and changes theme and language. Signed in, a change shows at once and is saved to the
 * user's profile (rolled back with a toast if saving fails); signed out, the browser keeps it.
 */
export function usePreferences(): PreferencesApi {
  const context = use(PreferencesContext);
  if (!context) throw new Error('usePreferences() needs a <PreferencesProvider> above it');
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const t = useT();
  const { preferences, resolvedTheme, isSignedIn, setLocalPreferences } = context;

  const update = (patch: Partial<UserPreferences>) => {
    setLocalPreferences(patch);
    const before = queryClient.getQueryData<Me | null>(ME_QUERY_KEY);
    if (!isSignedIn || !before) return;
    queryClient.setQueryData(ME_QUERY_KEY, withPreferences(before, { ...before.user.preferences, ...patch }));
    // On success the cache already holds what was saved; only a failure needs handling.
    updatePreferences(patch).catch(() => {
      queryClient.setQueryData(ME_QUERY_KEY, before);
      setLocalPreferences(before.user.preferences);
      showToast({ title: t('settings.saveFailed'), tone: 'danger' });
    });
  };

  return {
    preferences,
    resolvedTheme,
    setTheme: (theme) => { update({ theme }); },
    setLocale: (locale) => { update({ locale }); },
  };
}
