import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Dialog } from '../../../ui/overlays/Dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  isPending: boolean;
  /** Disables the confirm button until the user did what the dialog asks (e.g. typed a name). */
  isConfirmDisabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}

/** A destructive action's confirmation that names its object ("Delete the role Designer?"). */
export function ConfirmDialog({ open, title, description, confirmLabel, isPending, isConfirmDisabled = false, onConfirm, onClose, children }: ConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('teams.cancel')}</Button>
          <Button variant="danger" isLoading={isPending} disabled={isConfirmDisabled} onClick={onConfirm}>{confirmLabel}</Button>
        </>
      )}
    >
      {children}
    </Dialog>
  );
}
