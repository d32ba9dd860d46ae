import { Menu as MenuIcon, PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { useT } from '../../lib/i18n';
import { IconButton } from '../../ui/controls/IconButton';
import { Breadcrumbs } from './Breadcrumbs';

interface TopBarProps {
  sidebarId: string;
  isSidebarCollapsed: boolean;
  onToggleSidebar: () => void;
  onOpenMobileNav: () => void;
}

export function TopBar({ sidebarId, isSidebarCollapsed, onToggleSidebar, onOpenMobileNav }: TopBarProps) {
  const t = useT();
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-border px-3">
      <IconButton icon={MenuIcon} label={t('nav.openNavigation')} className="md:hidden" onClick={onOpenMobileNav} />
      <IconButton
        icon={isSidebarCollapsed ? PanelLeftOpen : PanelLeftClose}
        label={t(isSidebarCollapsed ? 'nav.expandSidebar' : 'nav.collapseSidebar')}
        aria-expanded={!isSidebarCollapsed}
        aria-controls={sidebarId}
        className="hidden md:inline-flex"
        onClick={onToggleSidebar}
      />
      <Breadcrumbs />
    </header>
  );
}
