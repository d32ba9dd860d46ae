import { Bot, UserCog, FileInput, Table2, House, Mail, ScrollText, Settings, ShieldCheck, SlidersHorizontal, SquareFunction, Users, UsersRound, type LucideIcon } from 'lucide-react';
import type { MessageKey } from '../../lib/i18n';

export interface NavItem {
  to: '/' | '/settings' | '/audit' | '/tools/expressions' | '/tools/form-preview' | '/teams' | '/decisions' | '/admin/settings' | '/admin/email' | '/admin/roles' | '/admin/groups' | '/admin/service-accounts' | '/admin/users';
  labelKey: MessageKey;
  icon: LucideIcon;
  /** Active only on this exact path (the home page is a prefix of everything). */
  isExact: boolean;
  /** Shown only to members whose role grants this permission. */
  permission?: string;
  /** Hidden when the account has switched this module off (Admin settings → Features). */
  feature?: string;
  /** Items with the same group are listed together under the group's heading. */
  groupKey?: MessageKey;
}

/** Only pages that exist: modules add their entries here as they land. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: House, isExact: true },
  { to: '/teams', labelKey: 'nav.teams', icon: UsersRound, isExact: false, permission: 'teams:read', feature: 'teams' },
  { to: '/decisions', labelKey: 'decisions.nav', icon: Table2, isExact: false, permission: 'decisions:read', feature: 'decisions' },
  { to: '/audit', labelKey: 'nav.audit', icon: ScrollText, isExact: false, permission: 'audit:read', feature: 'audit' },
  { to: '/settings', labelKey: 'nav.settings', icon: Settings, isExact: false },
  { to: '/admin/users', labelKey: 'users.nav', icon: UserCog, isExact: false, permission: 'users:read', groupKey: 'nav.admin' },
  { to: '/admin/settings', labelKey: 'nav.adminSettings', icon: SlidersHorizontal, isExact: false, permission: 'settings:read', groupKey: 'nav.admin' },
  { to: '/admin/email', labelKey: 'mail.nav', icon: Mail, isExact: false, permission: 'settings:read', groupKey: 'nav.admin' },
  { to: '/admin/roles', labelKey: 'nav.roles', icon: ShieldCheck, isExact: false, permission: 'roles:read', groupKey: 'nav.admin' },
  { to: '/admin/groups', labelKey: 'nav.groups', icon: Users, isExact: false, permission: 'groups:read', feature: 'groups', groupKey: 'nav.admin' },
  { to: '/admin/service-accounts', labelKey: 'serviceAccounts.nav', icon: Bot, isExact: false, permission: 'service-accounts:read', feature: 'service-accounts', groupKey: 'nav.admin' },
  { to: '/tools/expressions', labelKey: 'nav.expressions', icon: SquareFunction, isExact: false, groupKey: 'nav.tools' },
  { to: '/tools/form-preview', labelKey: 'nav.formPreview', icon: FileInput, isExact: false, groupKey: 'nav.tools' },
];

export interface NavGroup {
  /** Undefined for the items listed without a heading. */
  groupKey: MessageKey | undefined;
  items: NavItem[];
}

/** Runs of items with the same group, in order: `[Home, Audit, Settings] [Tools: Expressions, Form preview]`. */
export function groupNavItems(items: readonly NavItem[]): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.groupKey === item.groupKey) last.items.push(item);
    else groups.push({ groupKey: item.groupKey, items: [item] });
  }
  return groups;
}
