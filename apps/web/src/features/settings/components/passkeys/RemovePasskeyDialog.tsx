import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { useToast } from '../../../../ui/feedback/useToast';
import { Dialog } from '../../../../ui/overlays/Dialog';
import { deletePasskey, PASSKEYS_QUERY_KEY, type Passkey } from '../../api/passkeys-api';

/** "Remove the passkey 'Work laptop'?" */
export function RemovePasskeyDialog({ passkey, name, onClose }: { passkey: Passkey; name: string; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: deletePasskey,
    onSuccess: () => { showToast({ title: t('passkey.removed'), tone: 'success' }); onClose(); },
    onError: (error) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: PASSKEYS_QUERY_KEY }),
  });

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('passkey.removeTitle', { name })}
      description={t('passkey.removeDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('mfa.cancel')}</Button>
          <Button variant="danger" isLoading={mutation.isPending} onClick={() => { mutation.mutate(passkey.id); }}>{t('passkey.remove')}</Button>
        </>
      )}
    />
  );
}
