import { useSyncExternalStore } from 'react';
import { DARK_SCHEME_QUERY } from '../../lib/theme';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_SCHEME_QUERY);
  query.addEventListener('change', onChange);
  return () => { query.removeEventListener('change', onChange); };
}

/** Whether the operating system is in dark mode, updated when the user changes it. */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(DARK_SCHEME_QUERY).matches, () => false);
}
