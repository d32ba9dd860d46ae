import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { TextField } from '../../../../ui/controls/TextField';
import { Alert } from '../../../../ui/feedback/Alert';
import { useToast } from '../../../../ui/feedback/useToast';
import { Dialog } from '../../../../ui/overlays/Dialog';
import { describePasskeyError } from '../../../auth';
import { PASSKEYS_QUERY_KEY, registerPasskey } from '../../api/passkeys-api';
import { isValidPasskeyName } from './passkey-name';

/** Names a new passkey, then lets the browser create it (fingerprint, face, PIN or security key). */
export function AddPasskeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [name, setName] = useState('');
  const [isNameInvalid, setIsNameInvalid] = useState(false);
  const mutation = useMutation({
    mutationFn: registerPasskey,
    onSuccess: () => {
      showToast({ title: t('passkey.added'), tone: 'success' });
      void queryClient.invalidateQueries({ queryKey: PASSKEYS_QUERY_KEY });
      setName('');
      onClose();
    },
  });
  const close = () => { setName(''); setIsNameInvalid(false); mutation.reset(); onClose(); };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsNameInvalid(!isValidPasskeyName(name));
    if (isValidPasskeyName(name) && !mutation.isPending) mutation.mutate(name.trim());
  };

  return (
    <Dialog open={open} onClose={close} title={t('passkey.add')} description={t('passkey.addDescription')}>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        {mutation.isError && <Alert tone="danger" title={describePasskeyError(mutation.error, t)} />}
        <TextField
          label={t('passkey.name')}
          hint={t('passkey.nameHint')}
          required
          maxLength={100}
          value={name}
          error={isNameInvalid ? t('passkey.nameRequired') : undefined}
          onChange={(event) => { setName(event.target.value); }}
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>{t('mfa.cancel')}</Button>
          <Button type="submit" variant="primary" isLoading={mutation.isPending}>{t('passkey.add')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
