import { House, Settings, type LucideIcon } from 'lucide-react';
import type { MessageKey } from '../../lib/i18n';

export interface NavItem {
  to: '/' | '/settings';
  labelKey: MessageKey;
  icon: LucideIcon;
  /** Active only on this exact path (the home page is a prefix of everything). */
  isExact: boolean;
}

/** Only pages that exist: modules add their entries here as they land. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: House, isExact: true },
  { to: '/settings', labelKey: 'nav.settings', icon: Settings, isExact: false },
];
