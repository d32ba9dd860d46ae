import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Invitation } from '@flowforge/contracts';
import { collectFieldErrors, isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { MIN_PASSWORD_LENGTH } from '../../auth';
import { signIn } from '../../session';
import { acceptInvitation } from '../api/invitation-api';
import { useEnterAccount } from '../hooks/useEnterAccount';

type FieldErrors = { name?: string | undefined; password?: string | undefined };

/** Someone new to FlowForge: choose a name and a password, join, and be signed in. */
export function NewPersonForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const t = useT();
  const enterAccount = useEnterAccount();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const join = useMutation({
    mutationFn: async () => {
      await acceptInvitation(token, { name: name.trim(), password });
      await signIn({ email: invitation.email, password });
      await enterAccount();
    },
  });
  const serverErrors = isApiProblem(join.error) ? collectFieldErrors(join.error) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {
      name: name.trim() === '' ? t('validation.required') : undefined,
      password: password.length < MIN_PASSWORD_LENGTH ? t('validation.passwordLength') : undefined,
    };
    setErrors(next);
    if (next.name === undefined && next.password === undefined && !join.isPending) join.mutate();
  };
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {join.isError && <Alert tone="danger" title={describeError(join.error, t).title}>{describeError(join.error, t).detail}</Alert>}
      <TextField label={t('auth.email')} type="email" value={invitation.email} readOnly autoComplete="username" />
      <TextField label={t('auth.name')} autoComplete="name" value={name} error={errors.name ?? serverErrors.name} onChange={(event) => { setName(event.target.value); }} />
      <TextField label={t('auth.password')} type="password" autoComplete="new-password" hint={t('auth.passwordHint')} value={password}
        error={errors.password ?? serverErrors.password} onChange={(event) => { setPassword(event.target.value); }} />
      <Button type="submit" variant="primary" isLoading={join.isPending} className="mt-2 w-full">{t('users.invitation.join')}</Button>
    </form>
  );
}
