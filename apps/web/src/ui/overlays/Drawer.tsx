import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { joinClassNames } from '../class-names';
import { IconButton } from '../controls/IconButton';
import { useModalDialog } from './useModalDialog';

interface DrawerProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** `left` for navigation, `right` (default) for details of a list item. */
  side?: 'left' | 'right';
  /** Lets the content reach the edges (e.g. a navigation list) instead of the usual padding. */
  isFlush?: boolean;
  children: ReactNode;
}

export function Drawer({ open, onClose, title, side = 'right', isFlush = false, children }: DrawerProps) {
  const t = useT();
  const titleId = useId();
  const { ref, onBackdropClick } = useModalDialog(open, onClose);
  if (!open) return null;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClick={onBackdropClick}
      className={joinClassNames(
        'fixed inset-y-0 m-0 h-full max-h-none w-[min(24rem,100vw)] max-w-none border-border bg-raised p-0 text-fg shadow-overlay',
        side === 'left'
          ? 'left-0 border-r motion-safe:animate-drawer-in-left'
          : 'right-0 left-auto border-l motion-safe:animate-drawer-in-right',
      )}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-4 border-b border-border px-4 py-3">
          <h2 id={titleId} className="text-md font-semibold">
            {title}
          </h2>
          <IconButton icon={X} label={t('ui.close')} size="sm" onClick={onClose} />
        </div>
        <div className={joinClassNames('min-h-0 flex-1 overflow-y-auto', !isFlush && 'p-4')}>{children}</div>
      </div>
    </dialog>
  );
}
