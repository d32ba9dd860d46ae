import { createContext } from 'react';
import type { ResolvedTheme } from '../../lib/theme';
import type { UserPreferences } from '../session';

export interface PreferencesContextValue {
  /** The preferences in force: the signed-in user's, else this browser's. */
  preferences: UserPreferences;
  resolvedTheme: ResolvedTheme;
  isSignedIn: boolean;
  setLocalPreferences: (patch: Partial<UserPreferences>) => void;
}

export const PreferencesContext = createContext<PreferencesContextValue | null>(null);
