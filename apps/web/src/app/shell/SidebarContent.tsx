import { AccountSwitcher } from './AccountSwitcher';
import { SidebarNav } from './SidebarNav';
import { UserMenu } from './UserMenu';

interface SidebarContentProps {
  isCollapsed: boolean;
  onNavigate?: (() => void) | undefined;
}

/** Account switcher on top, pages in the middle, the user's menu at the bottom. */
export function SidebarContent({ isCollapsed, onNavigate }: SidebarContentProps) {
  return (
    <div className="flex h-full flex-col">
      <div className="border-b border-border p-2">
        <AccountSwitcher isCollapsed={isCollapsed} />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-2">
        <SidebarNav isCollapsed={isCollapsed} onNavigate={onNavigate} />
      </div>
      <div className="border-t border-border p-2">
        <UserMenu isCollapsed={isCollapsed} />
      </div>
    </div>
  );
}
