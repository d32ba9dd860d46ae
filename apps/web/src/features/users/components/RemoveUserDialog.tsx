import { useMutation } from '@tanstack/react-query';
import type { User } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { removeUser } from '../api/users-api';
import { useInvalidateUsers } from '../hooks/useInvalidateUsers';
import { ProblemAlert } from './ProblemAlert';

interface RemoveUserDialogProps {
  user: User;
  accountName: string;
  onClose: () => void;
  onRemoved: () => void;
}

/** "Remove Ada from Acme?": the person keeps their login and their other accounts. */
export function RemoveUserDialog({ user, accountName, onClose, onRemoved }: RemoveUserDialogProps) {
  const t = useT();
  const { showToast } = useToast();
  const invalidate = useInvalidateUsers();
  const mutation = useMutation({
    mutationFn: () => removeUser(user.id),
    onSuccess: async () => {
      showToast({ title: t('users.removed', { name: user.name }), tone: 'success' });
      await invalidate();
      onRemoved();
    },
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('users.removeTitle', { name: user.name, account: accountName })}
      description={t('users.removeDescription', { email: user.email })}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('users.cancel')}</Button>
          <Button variant="danger" isLoading={mutation.isPending} onClick={() => { mutation.mutate(); }}>{t('users.remove')}</Button>
        </>
      )}
    >
      {mutation.isError && <ProblemAlert problem={mutation.error} />}
    </Dialog>
  );
}
