// Small values this browser remembers (theme and language before sign-in, sidebar state).
// Storage can be unavailable (private mode, blocked cookies): then nothing is remembered.
// The keys are also read by public/theme-init.js; keep them in sync.

export const STORAGE_KEYS = {
  theme: 'flowforge.theme',
  locale: 'flowforge.locale',
  sidebarCollapsed: 'flowforge.sidebarCollapsed',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

export function readStored(key: StorageKey): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: StorageKey, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage is full or disabled: the choice lasts for this page only.
  }
}
