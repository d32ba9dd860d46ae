import { useState } from 'react';
import { readStored, STORAGE_KEYS, writeStored } from '../../lib/local-store';

/** Whether the sidebar shows icons only; this browser remembers the choice. */
export function useSidebarCollapsed(): [isCollapsed: boolean, toggle: () => void] {
  const [isCollapsed, setIsCollapsed] = useState(() => readStored(STORAGE_KEYS.sidebarCollapsed) === 'true');
  const toggle = () => {
    setIsCollapsed((current) => {
      writeStored(STORAGE_KEYS.sidebarCollapsed, String(!current));
      return !current;
    });
  };
  return [isCollapsed, toggle];
}
