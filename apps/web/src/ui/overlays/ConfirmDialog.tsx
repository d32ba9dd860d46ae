import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { Button } from '../controls/Button';
import { Alert } from '../feedback/Alert';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  /** Defaults to true, for dialogs that are rendered only while open. */
  open?: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  isPending: boolean;
  /** Disables the confirm button until the user did what the dialog asks (e.g. typed a name). */
  isConfirmDisabled?: boolean;
  /** Why the last attempt failed, shown above the buttons. */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}

/**
 * A confirmation that names its object and what happens ("Delete the decision *Credit risk*?");
 * the action button is last, destructive by default.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open = true, title, description, confirmLabel, tone = 'danger', isPending, isConfirmDisabled = false, error, onConfirm, onClose, children } = props;
  const t = useT();
  const problem = error === undefined || error === null ? null : describeError(error, t);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('ui.cancel')}</Button>
          <Button variant={tone} isLoading={isPending} disabled={isConfirmDisabled} onClick={onConfirm}>{confirmLabel}</Button>
        </>
      )}
    >
      {children}
      {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
    </Dialog>
  );
}
