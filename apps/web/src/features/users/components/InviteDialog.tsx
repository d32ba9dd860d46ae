import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { collectFieldErrors, isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { rolesQueryOptions } from '../../roles';
import { useMe } from '../../session';
import { readUserAccess } from '../api/user-access';
import { createUser } from '../api/users-api';
import { useInvalidateUsers } from '../hooks/useInvalidateUsers';
import { RoleChecklist } from './RoleChecklist';
import { ProblemAlert } from './ProblemAlert';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface InviteDialogProps {
  onClose: () => void;
}

/** "Invite people": e-mail, optional name, roles (Member unless changed); sends the invitation. */
export function InviteDialog({ onClose }: InviteDialogProps) {
  const t = useT();
  const me = useMe();
  const { showToast } = useToast();
  const invalidate = useInvalidateUsers();
  const roles = useQuery(rolesQueryOptions(me.account.id));
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roleIds, setRoleIds] = useState<string[] | null>(null);
  const [emailError, setEmailError] = useState<string | undefined>(undefined);
  const chosenRoles = roleIds ?? (roles.data ?? []).filter((role) => role.systemKey === 'member').map((role) => role.id);
  const mutation = useMutation({
    mutationFn: () => createUser({ email: email.trim(), ...(name.trim() === '' ? {} : { name: name.trim() }), roleIds: chosenRoles, sendInvite: true }),
    onSuccess: async (user) => {
      showToast({ title: t('users.invite.sent', { email: user.email }), tone: 'success' });
      await invalidate();
      onClose();
    },
  });
  const serverErrors = isApiProblem(mutation.error) ? collectFieldErrors(mutation.error) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = EMAIL_PATTERN.test(email.trim()) ? undefined : t(email.trim() === '' ? 'validation.required' : 'validation.email');
    setEmailError(problem);
    if (problem === undefined && !mutation.isPending) mutation.mutate();
  };
  return (
    <Dialog open onClose={onClose} title={t('users.invite.title')} description={t('users.invite.description')}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        {mutation.isError && <ProblemAlert problem={mutation.error} shownPointers={['/email', '/name', '/roleIds/0']} />}
        <TextField label={t('users.field.email')} type="email" autoComplete="off" value={email} error={emailError ?? serverErrors.email}
          onChange={(event) => { setEmail(event.target.value); }} />
        <TextField label={t('users.field.nameOptional')} value={name} hint={t('users.invite.nameHint')} error={serverErrors.name}
          onChange={(event) => { setName(event.target.value); }} />
        <RoleChecklist selectedIds={chosenRoles} onChange={setRoleIds} error={serverErrors['roleIds.0']} canGiveOwner={readUserAccess(me).canGiveOwner} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>{t('users.cancel')}</Button>
          <Button type="submit" variant="primary" isLoading={mutation.isPending}>{t('users.invite.submit')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
