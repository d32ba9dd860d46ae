// A menu button: the trigger opens a list of actions; arrows move, Enter/Space choose, Esc and
// Tab close and return focus to the trigger, a click outside closes. The list is position:fixed
// next to the trigger, so scrolling containers (the sidebar) never clip it.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode, RefObject } from 'react';
import { MenuContext } from './menu-context';
import { computeMenuFocusIndex, MENU_ITEM_SELECTOR } from './menu-keys';

export interface MenuTriggerProps {
  ref: RefObject<HTMLButtonElement | null>;
  'aria-haspopup': 'menu';
  'aria-expanded': boolean;
  'aria-controls': string | undefined;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

interface MenuProps {
  /** Names the list of actions for screen readers. */
  label: string;
  trigger: (props: MenuTriggerProps) => ReactNode;
  /** `below` for menus at the top of the screen, `above` for menus at the bottom. */
  placement?: 'below' | 'above';
  children: ReactNode;
}

const GAP_PX = 4;

function computePosition(trigger: HTMLElement, placement: 'below' | 'above'): CSSProperties {
  const rect = trigger.getBoundingClientRect();
  const vertical = placement === 'below' ? { top: rect.bottom + GAP_PX } : { bottom: window.innerHeight - rect.top + GAP_PX };
  return { ...vertical, left: rect.left, minWidth: Math.max(rect.width, 224) };
}

export function Menu({ label, trigger, placement = 'below', children }: MenuProps) {
  const menuId = useId();
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLDivElement | null>(null);
  const [openFocus, setOpenFocus] = useState<'first' | 'last' | null>(null);
  const [position, setPosition] = useState<CSSProperties>({});
  const isOpen = openFocus !== null;

  const listItems = () => [...(menuRef.current?.querySelectorAll<HTMLElement>(MENU_ITEM_SELECTOR) ?? [])];
  const open = (focus: 'first' | 'last') => {
    if (triggerRef.current) setPosition(computePosition(triggerRef.current, placement));
    setOpenFocus(focus);
  };
  const close = useCallback((shouldRestoreFocus = true) => {
    setOpenFocus(null);
    if (shouldRestoreFocus) triggerRef.current?.focus();
  }, []);
  const context = useMemo(() => ({ close: () => { close(); } }), [close]);

  useLayoutEffect(() => {
    if (openFocus === null) return;
    const items = menuRef.current?.querySelectorAll<HTMLElement>(MENU_ITEM_SELECTOR);
    if (!items || items.length === 0) return;
    items[openFocus === 'first' ? 0 : items.length - 1]?.focus();
  }, [openFocus]);

  useEffect(() => {
    if (!isOpen) return;
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !triggerRef.current?.contains(target)) close(false);
    };
    const handleResize = () => { close(false); };
    document.addEventListener('pointerdown', handlePointerDown);
    window.addEventListener('resize', handleResize);
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown);
      window.removeEventListener('resize', handleResize);
    };
  }, [isOpen, close]);

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    const items = listItems();
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = computeMenuFocusIndex(event.key, current, items.length);
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  };

  const triggerProps: MenuTriggerProps = {
    ref: triggerRef,
    'aria-haspopup': 'menu',
    'aria-expanded': isOpen,
    'aria-controls': isOpen ? menuId : undefined,
    onClick: () => { if (isOpen) close(); else open('first'); },
    onKeyDown: (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    },
  };

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
