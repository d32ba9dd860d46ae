import { Check, type LucideIcon } from 'lucide-react';
import { use, useId, type ReactNode } from 'react';
import { MenuContext } from './menu-context';

const ITEM_CLASS_NAME =
  'flex w-full items-center gap-2 rounded-control px-2 py-1.5 text-left text-base text-fg hover:bg-hover focus:bg-hover focus-visible:-outline-offset-2';

interface MenuItemProps {
  onSelect: () => void;
  icon?: LucideIcon;
  children: ReactNode;
}

function useCloseMenu(): () => void {
  const context = use(MenuContext);
  return () => context?.close();
}

export function MenuItem({ onSelect, icon, children }: MenuItemProps) {
  return <MenuItemButton role="menuitem" onSelect={onSelect} icon={icon}>{children}</MenuItemButton>;
}

interface MenuItemRadioProps extends MenuItemProps {
  isChecked: boolean;
}

export function MenuItemRadio({ onSelect, isChecked, icon, children }: MenuItemRadioProps) {
  return (
    <MenuItemButton role="menuitemradio" isChecked={isChecked} onSelect={onSelect} icon={icon}>
      <span className="flex-1">{children}</span>
      <Check aria-hidden="true" className={isChecked ? 'size-4 text-accent-fg' : 'invisible size-4'} />
    </MenuItemButton>
  );
}

/** The button both item kinds render: selecting closes the menu first. */
function MenuItemButton({ role, isChecked, onSelect, icon: Icon, children }: MenuItemProps & { role: 'menuitem' | 'menuitemradio'; isChecked?: boolean }) {
  const closeMenu = useCloseMenu();
  return (
    <button
      type="button"
      role={role}
      aria-checked={isChecked}
      tabIndex={-1}
      className={ITEM_CLASS_NAME}
      onClick={() => {
        closeMenu();
        onSelect();
      }}
    >
      {Icon && <Icon aria-hidden="true" className="size-4 text-fg-muted" />}
      {children}
    </button>
  );
}

export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <div id={labelId} role="presentation" className="px-2 pt-2 pb-1 text-xs font-medium text-fg-muted">
        {label}
      </div>
      {children}
    </div>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="my-1 h-px bg-border" />;
}
