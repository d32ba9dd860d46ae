import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { TextField } from '../../../../ui/controls/TextField';
import { enableTotp, type TotpSetup } from '../../api/two-factor-api';

interface PasswordStepProps {
  onStarted: (setup: TotpSetup) => void;
  onCancel?: (() => void) | undefined;
}

/** Enrolment, step 1: the password confirms it is the user; the server makes a new secret. */
export function PasswordStep({ onStarted, onCancel }: PasswordStepProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // The step replaces the button that opened it: focus moves on to its only field.
  useEffect(() => { inputRef.current?.focus(); }, []);
  const mutation = useMutation({ mutationFn: enableTotp, onSuccess: onStarted });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate(password);
  };

  return (
    <form className="flex max-w-sm flex-col gap-4" onSubmit={submit}>
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        required
        ref={inputRef}
        value={password}
        hint={t('mfa.passwordHint')}
        error={mutation.error ? describeError(mutation.error, t).title : undefined}
        onChange={(event) => { setPassword(event.target.value); }}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" isLoading={mutation.isPending}>{t('mfa.continue')}</Button>
        {onCancel !== undefined && <Button variant="ghost" onClick={onCancel}>{t('mfa.cancel')}</Button>}
      </div>
    </form>
  );
}
