import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { TextField } from '../../../../ui/controls/TextField';
import { useToast } from '../../../../ui/feedback/useToast';
import { Dialog } from '../../../../ui/overlays/Dialog';
import { PASSKEYS_QUERY_KEY, renamePasskey, type Passkey } from '../../api/passkeys-api';
import { isValidPasskeyName } from './passkey-name';

/** Renames a passkey; mount it with `key={passkey.id}` so the field starts from its name. */
export function RenamePasskeyDialog({ passkey, onClose }: { passkey: Passkey; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [name, setName] = useState(passkey.name ?? '');
  const [isNameInvalid, setIsNameInvalid] = useState(false);
  const mutation = useMutation({
    mutationFn: renamePasskey,
    onSuccess: () => {
      showToast({ title: t('passkey.renamed'), tone: 'success' });
      void queryClient.invalidateQueries({ queryKey: PASSKEYS_QUERY_KEY });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsNameInvalid(!isValidPasskeyName(name));
    if (isValidPasskeyName(name) && !mutation.isPending) mutation.mutate({ id: passkey.id, name: name.trim() });
  };
  const error = isNameInvalid ? t('passkey.nameRequired') : mutation.error ? describeError(mutation.error, t).title : undefined;

  return (
    <Dialog open onClose={onClose} title={t('passkey.renameTitle')}>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <TextField label={t('passkey.name')} required maxLength={100} value={name} error={error} onChange={(event) => { setName(event.target.value); }} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>{t('mfa.cancel')}</Button>
          <Button type="submit" variant="primary" isLoading={mutation.isPending}>{t('passkey.save')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
