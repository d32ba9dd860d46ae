import { Link } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { joinClassNames } from '../../ui/class-names';
import { useMe } from '../../features/session';
import { NAV_ITEMS } from './nav-items';

interface SidebarNavProps {
  isCollapsed: boolean;
  onNavigate?: (() => void) | undefined;
}

export function SidebarNav({ isCollapsed, onNavigate }: SidebarNavProps) {
  const t = useT();
  const { permissions } = useMe();
  const items = NAV_ITEMS.filter((item) => item.permission === undefined || permissions.includes(item.permission));
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map(({ to, labelKey, icon: Icon, isExact }) => (
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
  );
}
