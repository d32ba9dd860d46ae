import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../auth';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { useToast } from '../../../ui/feedback/useToast';
import { changePassword } from '../api/security-api';

export function PasswordCard() {
  const t = useT();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      showToast({ title: t('security.passwordChanged'), tone: 'success' });
    },
  });
  const isTooShort = newPassword.length > 0 && newPassword.length < MIN_PASSWORD_LENGTH;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isTooShort) return;
    mutation.mutate({ currentPassword, newPassword, revokeOtherSessions: signOutOthers });
  };
  const error = mutation.error ? describeError(mutation.error, t).title : undefined;

  return (
    <Card title={t('security.password')} description={t('security.passwordHint')}>
      <form className="flex max-w-sm flex-col gap-4" onSubmit={submit}>
        <TextField label={t('security.currentPassword')} type="password" autoComplete="current-password" required value={currentPassword} error={error}
          onChange={(event) => { setCurrentPassword(event.target.value); }} />
        <TextField label={t('security.newPassword')} type="password" autoComplete="new-password" required value={newPassword}
          hint={t('auth.passwordHint')} error={isTooShort ? t('validation.passwordLength') : undefined}
          onChange={(event) => { setNewPassword(event.target.value); }} />
        <Checkbox label={t('security.signOutOthersOnChange')} checked={signOutOthers} onChange={(event) => { setSignOutOthers(event.target.checked); }} />
        <Button type="submit" variant="primary" className="self-start" isLoading={mutation.isPending}>{t('security.changePassword')}</Button>
      </form>
    </Card>
  );
}
