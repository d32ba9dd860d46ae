// A menu item's label with its keyboard shortcut on the right (UI.md: shortcuts shown in menus).
import type { ReactNode } from 'react';

export function MenuLabel({ children, shortcut }: { children: ReactNode; shortcut?: string }) {
  return (
    <>
      <span className="flex-1">{children}</span>
      {shortcut !== undefined && <kbd className="ml-4 font-sans text-xs text-fg-muted">{shortcut}</kbd>}
    </>
  );
}

/** The small button in a header or rule number cell that opens its menu (not a tab stop: the cell is). */
export const CELL_TRIGGER_CLASS_NAME =
  'inline-flex size-6 shrink-0 items-center justify-center rounded-control text-fg-muted hover:bg-hover hover:text-fg';
