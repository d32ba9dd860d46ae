import { useMutation } from '@tanstack/react-query';
import { Mail, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { User } from '@flowforge/contracts';
import { collectFieldErrors, isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { useToast } from '../../../ui/feedback/useToast';
import { Drawer } from '../../../ui/overlays/Drawer';
import type { UserAccess } from '../api/user-access';
import { resendInvitation, updateUser } from '../api/users-api';
import { useInvalidateUsers } from '../hooks/useInvalidateUsers';
import { buildUpdateBody, readUserForm } from '../user-form';
import { UserForm } from './UserForm';
import { UserStatusBadge } from './UserStatusBadge';
import { ProblemAlert } from './ProblemAlert';

// Errors at these pointers are shown next to their fields.
const FIELD_POINTERS = ['/name', '/status', '/externalId', '/roleIds', '/roleIds/0', '/profile/title', '/profile/department', '/profile/phone', '/profile/location'];

interface UserDrawerProps {
  user: User;
  access: UserAccess;
  onClose: () => void;
  onRemove: (user: User) => void;
}

/** One user's details: edit them, resend a pending invitation, or remove the person. */
export function UserDrawer({ user, access, onClose, onRemove }: UserDrawerProps) {
  const t = useT();
  const { showToast } = useToast();
  const invalidate = useInvalidateUsers();
  const [values, setValues] = useState(() => readUserForm(user));
  const save = useMutation({
    mutationFn: () => updateUser(user.id, buildUpdateBody(user, values)),
    onSuccess: async () => {
      showToast({ title: t('users.saved', { name: values.name.trim() }), tone: 'success' });
      await invalidate();
      onClose();
    },
  });
  const resend = useMutation({
    mutationFn: () => resendInvitation(user.id),
    onSuccess: () => { showToast({ title: t('users.invite.resent', { email: user.email }), tone: 'success' }); },
    onError: (error) => { showToast({ title: describeError(error, t).title, description: describeError(error, t).detail, tone: 'danger' }); },
  });
  const errors = isApiProblem(save.error) ? collectFieldErrors(save.error) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };
  return (
    <Drawer open onClose={onClose} title={user.name}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-5">
        <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          <span>{user.email}</span>
          <UserStatusBadge status={user.status} />
        </div>
        {save.isError && <ProblemAlert problem={save.error} shownPointers={FIELD_POINTERS} />}
        <UserForm values={values} onChange={setValues} errors={errors} isReadOnly={!access.canUpdate} canGiveOwner={access.canGiveOwner} />
        <div className="flex flex-wrap justify-between gap-2 border-t border-border pt-4">
          <div className="flex flex-wrap gap-2">
            {access.canUpdate && user.status === 'pending' && (
              <Button icon={Mail} isLoading={resend.isPending} onClick={() => { resend.mutate(); }}>{t('users.invite.resend')}</Button>
            )}
            {access.canDelete && <Button variant="danger" icon={Trash2} onClick={() => { onRemove(user); }}>{t('users.remove')}</Button>}
          </div>
          {access.canUpdate && <Button type="submit" variant="primary" isLoading={save.isPending}>{t('users.save')}</Button>}
        </div>
      </form>
    </Drawer>
  );
}
