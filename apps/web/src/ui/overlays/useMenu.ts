// State and keyboard handling of a menu button (WAI-ARIA menu button pattern): arrows move,
// Esc and Tab close and return focus to the trigger, a click outside closes.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, RefObject } from 'react';
import { computeMenuFocusIndex, MENU_ITEM_SELECTOR } from './menu-keys';

export type MenuPlacement = 'below' | 'above';

export interface MenuTriggerProps {
  ref: RefObject<HTMLButtonElement | null>;
  'aria-haspopup': 'menu';
  'aria-expanded': boolean;
  'aria-controls': string | undefined;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

const GAP_PX = 4;
const MIN_WIDTH_PX = 224;

/** The list is position:fixed next to its trigger, so scrolling containers never clip it. */
function computePosition(trigger: HTMLElement, placement: MenuPlacement): CSSProperties {
  const rect = trigger.getBoundingClientRect();
  const vertical = placement === 'below' ? { top: rect.bottom + GAP_PX } : { bottom: window.innerHeight - rect.top + GAP_PX };
  return { ...vertical, left: rect.left, minWidth: Math.max(rect.width, MIN_WIDTH_PX) };
}

function listItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>(MENU_ITEM_SELECTOR) ?? [])];
}

function useCloseOnOutsideClick(isOpen: boolean, refs: RefObject<HTMLElement | null>[], close: () => void) {
  useEffect(() => {
    if (!isOpen) return;
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!refs.some((ref) => ref.current?.contains(target))) close();
    };
    document.addEventListener('pointerdown', handlePointerDown);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown);
      window.removeEventListener('resize', close);
    };
  }, [isOpen, refs, close]);
}

export function useMenu(placement: MenuPlacement) {
  const menuId = useId();
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLDivElement | null>(null);
  const [openFocus, setOpenFocus] = useState<'first' | 'last' | null>(null);
  const [position, setPosition] = useState<CSSProperties>({});
  const isOpen = openFocus !== null;

  const open = (focus: 'first' | 'last') => {
    if (triggerRef.current) setPosition(computePosition(triggerRef.current, placement));
    setOpenFocus(focus);
  };
  const close = useCallback((shouldRestoreFocus = true) => {
    setOpenFocus(null);
    if (shouldRestoreFocus) triggerRef.current?.focus();
  }, []);
  const closeWithoutFocus = useCallback(() => { close(false); }, [close]);
  const refs = useMemo(() => [menuRef, triggerRef], []);
  useCloseOnOutsideClick(isOpen, refs, closeWithoutFocus);

  useLayoutEffect(() => {
    if (openFocus === null) return;
    const items = listItems(menuRef.current);
    items[openFocus === 'first' ? 0 : items.length - 1]?.focus();
  }, [openFocus]);

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    const items = listItems(menuRef.current);
    const next = computeMenuFocusIndex(event.key, items.indexOf(document.activeElement as HTMLElement), items.length);
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

  return { menuId, menuRef, isOpen, position, close, handleMenuKeyDown, triggerProps };
}
