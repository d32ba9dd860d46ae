import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { IconButton } from '../controls/IconButton';
import { useModalDialog } from './useModalDialog';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  children?: ReactNode;
  /** Buttons, right-aligned; put the primary action last. */
  footer?: ReactNode;
}

export function Dialog({ open, onClose, title, description, children, footer }: DialogProps) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  const { ref, onBackdropClick } = useModalDialog(open, onClose);
  if (!open) return null;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onClick={onBackdropClick}
      className="m-auto w-full max-w-lg rounded-card border border-border bg-raised p-0 text-fg shadow-overlay"
    >
      <div className="flex flex-col gap-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <div>
            <h2 id={titleId} className="text-md font-semibold">
              {title}
            </h2>
            {description !== undefined && (
              <p id={descriptionId} className="mt-1 text-fg-muted">
                {description}
              </p>
            )}
          </div>
          <IconButton icon={X} label={t('ui.close')} size="sm" onClick={onClose} />
        </div>
        {children}
        {footer !== undefined && <div className="flex justify-end gap-2">{footer}</div>}
      </div>
    </dialog>
  );
}
