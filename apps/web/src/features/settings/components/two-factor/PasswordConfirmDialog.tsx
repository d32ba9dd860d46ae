import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { TextField } from '../../../../ui/controls/TextField';
import { Dialog } from '../../../../ui/overlays/Dialog';

interface PasswordConfirmDialogProps<Result> {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  confirmLabel: string;
  isDestructive?: boolean;
  /** Runs with the password; a failure (e.g. a wrong password) shows under the field. */
  action: (password: string) => Promise<Result>;
  onSuccess: (result: Result) => void;
}

/** A change to how the user signs in, confirmed with their password. */
export function PasswordConfirmDialog<Result>(props: PasswordConfirmDialogProps<Result>) {
  const t = useT();
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: props.action, onSuccess: (result) => { setPassword(''); props.onSuccess(result); } });
  const close = () => { setPassword(''); mutation.reset(); props.onClose(); };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate(password);
  };

  return (
    <Dialog open={props.open} onClose={close} title={props.title} description={props.description}>
      <form className="flex flex-col gap-4" onSubmit={submit}>
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={mutation.error ? describeError(mutation.error, t).title : undefined}
          onChange={(event) => { setPassword(event.target.value); }}
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>{t('mfa.cancel')}</Button>
          <Button type="submit" variant={props.isDestructive === true ? 'danger' : 'primary'} isLoading={mutation.isPending}>{props.confirmLabel}</Button>
        </div>
      </form>
    </Dialog>
  );
}
