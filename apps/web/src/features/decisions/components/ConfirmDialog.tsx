import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { Dialog } from '../../../ui/overlays/Dialog';

interface ConfirmDialogProps {
  title: string;
  description: string;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  isPending: boolean;
  /** Why the last attempt failed, shown above the buttons. */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}

/** "Delete the decision *Credit risk*?": names the object and what happens; the action button is last. */
export function ConfirmDialog({ title, description, confirmLabel, tone = 'danger', isPending, error, onConfirm, onClose, children }: ConfirmDialogProps) {
  const t = useT();
  const problem = error === undefined || error === null ? null : describeError(error, t);
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={description}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('decisions.cancel')}</Button>
          <Button variant={tone} isLoading={isPending} onClick={onConfirm}>{confirmLabel}</Button>
        </>
      )}
    >
      {children}
      {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
    </Dialog>
  );
}
