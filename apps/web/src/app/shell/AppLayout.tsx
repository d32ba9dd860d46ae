import { Outlet } from '@tanstack/react-router';
import { useId, useState, type MouseEvent } from 'react';
import { useOptionalMe } from '../../features/session';
import { useT } from '../../lib/i18n';
import { joinClassNames } from '../../ui/class-names';
import { Drawer } from '../../ui/overlays/Drawer';
import { AppSkeleton } from './AppSkeleton';
import { SidebarContent } from './SidebarContent';
import { TopBar } from './TopBar';
import { useSidebarCollapsed } from './useSidebarCollapsed';

const MAIN_ID = 'main-content';

/** The signed-in app: sidebar (a drawer on small screens), top bar, and the page in <main>. */
export function AppLayout() {
  const t = useT();
  const me = useOptionalMe();
  const sidebarId = useId();
  const [isCollapsed, toggleCollapsed] = useSidebarCollapsed();
  const [isMobileNavOpen, setIsMobileNavOpen] = useState(false);

  // Null right after sign-out, while the router moves to the sign-in page.
  if (!me) return <AppSkeleton />;

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  };

  return (
    <div className="flex h-full">
      <a
        href={`#${MAIN_ID}`}
        onClick={skipToContent}
        className="sr-only rounded-control bg-raised px-3 py-2 shadow-overlay focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t('app.skipToContent')}
      </a>
      <nav
        id={sidebarId}
        aria-label={t('nav.main')}
        className={joinClassNames(
          'hidden shrink-0 border-r border-border bg-sunken transition-[width] duration-150 md:block',
          isCollapsed ? 'w-14' : 'w-60',
        )}
      >
        <SidebarContent isCollapsed={isCollapsed} />
      </nav>
      <Drawer open={isMobileNavOpen} onClose={() => { setIsMobileNavOpen(false); }} title={t('app.name')} side="left" isFlush>
        <nav aria-label={t('nav.main')} className="h-full">
          <SidebarContent isCollapsed={false} onNavigate={() => { setIsMobileNavOpen(false); }} />
        </nav>
      </Drawer>
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar
          sidebarId={sidebarId}
          isSidebarCollapsed={isCollapsed}
          onToggleSidebar={toggleCollapsed}
          onOpenMobileNav={() => { setIsMobileNavOpen(true); }}
        />
        <main id={MAIN_ID} tabIndex={-1} className="min-h-0 flex-1 overflow-y-auto px-6 py-6 focus:outline-none">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
