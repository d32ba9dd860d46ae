import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Dialog } from '../../../ui/overlays/Dialog';

interface ConfirmDialogProps {
  title: string;
  description: string;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Revoke API key *Deploy*?": names the object and what happens; the destructive button is last. */
export function ConfirmDialog({ title, description, confirmLabel, isPending, onConfirm, onClose }: ConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={description}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('serviceAccounts.cancel')}</Button>
          <Button variant="danger" isLoading={isPending} onClick={onConfirm}>{confirmLabel}</Button>
        </>
      )}
    />
  );
}
