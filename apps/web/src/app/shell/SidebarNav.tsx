import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useT } from '../../lib/i18n';
import { joinClassNames } from '../../ui/class-names';
import { useMe } from '../../features/session';
import { groupNavItems, NAV_ITEMS, type NavGroup } from './nav-items';

interface SidebarNavProps {
  isCollapsed: boolean;
  onNavigate?: (() => void) | undefined;
}

export function SidebarNav({ isCollapsed, onNavigate }: SidebarNavProps) {
  const { permissions, account } = useMe();
  const items = NAV_ITEMS.filter((item) =>
    (item.permission === undefined || permissions.includes(item.permission)) &&
    (item.feature === undefined || !account.disabledFeatures.includes(item.feature)));
  return (
    <div className="flex flex-col gap-3">
      {groupNavItems(items).map((group, index) => (
        <NavItemList key={group.groupKey ?? `group-${String(index)}`} group={group} isCollapsed={isCollapsed} onNavigate={onNavigate} />
      ))}
    </div>
  );
}

function NavItemList({ group, isCollapsed, onNavigate }: SidebarNavProps & { group: NavGroup }) {
  const t = useT();
  const headingId = useId();
  return (
    <div className={joinClassNames(group.groupKey !== undefined && isCollapsed && 'border-t border-border pt-3')}>
      {group.groupKey !== undefined && (
        <p id={headingId} className={isCollapsed ? 'sr-only' : 'px-2 pb-1 text-xs font-medium text-fg-muted'}>
          {t(group.groupKey)}
        </p>
      )}
      <ul className="flex flex-col gap-0.5" aria-labelledby={group.groupKey === undefined ? undefined : headingId}>
        {group.items.map(({ to, labelKey, icon: Icon, isExact }) => (
          <li key={to}>
            <Link
              to={to}
              activeOptions={{ exact: isExact }}
              onClick={onNavigate}
              title={isCollapsed ? t(labelKey) : undefined}
              className={joinClassNames(
                'flex h-8 items-center gap-2.5 rounded-control px-2 font-medium text-fg-muted hover:bg-hover hover:text-fg',
                'aria-[current=page]:bg-accent-subtle aria-[current=page]:text-accent-fg',
                isCollapsed && 'justify-center',
              )}
            >
              <Icon aria-hidden="true" className="size-4 shrink-0" />
              <span className={isCollapsed ? 'sr-only' : 'truncate'}>{t(labelKey)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
