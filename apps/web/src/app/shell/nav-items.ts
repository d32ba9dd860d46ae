import { House, ScrollText, Settings, type LucideIcon } from 'lucide-react';
import type { MessageKey } from '../../lib/i18n';

export interface NavItem {
  to: '/' | '/settings' | '/audit';
  labelKey: MessageKey;
  icon: LucideIcon;
  /** Active only on this exact path (the home page is a prefix of everything). */
  isExact: boolean;
  /** Shown only to members whose role grants this permission. */
  permission?: string;
}

/** Only pages that exist: modules add their entries here as they land. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: House, isExact: true },
  { to: '/audit', labelKey: 'nav.audit', icon: ScrollText, isExact: false, permission: 'audit:read' },
  { to: '/settings', labelKey: 'nav.settings', icon: Settings, isExact: false },
];
