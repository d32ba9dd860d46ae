import { useMemo, type ReactNode } from 'react';
import { MenuContext } from './menu-context';
import { useMenu, type MenuPlacement, type MenuTriggerProps } from './useMenu';

export type { MenuTriggerProps } from './useMenu';

interface MenuProps {
  /** Names the list of actions for screen readers. */
  label: string;
  /** Renders the button that opens the menu; spread the props onto a <button>. */
  trigger: (props: MenuTriggerProps) => ReactNode;
  /** `below` for menus at the top of the screen, `above` for menus at the bottom. */
  placement?: MenuPlacement;
  children: ReactNode;
}

/** A button that opens a list of actions (MenuItem, MenuItemRadio, MenuGroup, MenuSeparator). */
export function Menu({ label, trigger, placement = 'below', children }: MenuProps) {
  const { menuId, menuRef, isOpen, position, close, handleMenuKeyDown, triggerProps } = useMenu(placement);
  const context = useMemo(() => ({ close: () => { close(); } }), [close]);

  return (
    <>
      {trigger(triggerProps)}
      {isOpen && (
        <MenuContext value={context}>
          <div
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label={label}
            tabIndex={-1}
            onKeyDown={handleMenuKeyDown}
            style={position}
            className="fixed z-40 max-h-[70vh] overflow-y-auto rounded-card border border-border bg-raised p-1 text-fg shadow-overlay"
          >
            {children}
          </div>
        </MenuContext>
      )}
    </>
  );
}
