import type { UserStatus } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import { SETTABLE_STATUSES } from '../api/users-api';
import { PROFILE_FIELDS, type UserFormValues } from '../user-form';
import { RoleChecklist } from './RoleChecklist';

interface UserFormProps {
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  /** Field errors from the server, by field name (`name`, `profile.title`, `roleIds.0`…). */
  errors: Record<string, string>;
  isReadOnly: boolean;
  canGiveOwner: boolean;
}

/** The editable parts of a user: name, profile, roles, status, external id. */
export function UserForm({ values, onChange, errors, isReadOnly, canGiveOwner }: UserFormProps) {
  const t = useT();
  const isPending = values.status === 'pending';
  const statusOptions = (isPending ? ['pending' as UserStatus] : SETTABLE_STATUSES).map((status) => ({ value: status, label: t(`users.status.${status}`) }));
  return (
    <div className="flex flex-col gap-4">
      <TextField label={t('users.field.name')} value={values.name} error={errors.name} readOnly={isReadOnly}
        onChange={(event) => { onChange({ ...values, name: event.target.value }); }} />
      {PROFILE_FIELDS.map((key) => (
        <TextField key={key} label={t(`users.field.${key}`)} value={values.profile[key]} error={errors[`profile.${key}`]} readOnly={isReadOnly}
          onChange={(event) => { onChange({ ...values, profile: { ...values.profile, [key]: event.target.value } }); }} />
      ))}
      <Field label={t('users.field.status')} hint={isPending ? t('users.pendingHint') : undefined} error={errors.status}>
        {(control) => (
          <Select {...control} options={statusOptions} value={values.status} disabled={isReadOnly || isPending}
            onChange={(event) => { onChange({ ...values, status: event.target.value as UserStatus }); }} />
        )}
      </Field>
      <RoleChecklist selectedIds={values.roleIds} onChange={(roleIds) => { onChange({ ...values, roleIds }); }} error={errors['roleIds.0'] ?? errors.roleIds}
        isDisabled={isReadOnly} canGiveOwner={canGiveOwner} />
      <TextField label={t('users.field.externalId')} hint={t('users.externalIdHint')} value={values.externalId} error={errors.externalId} readOnly={isReadOnly}
        onChange={(event) => { onChange({ ...values, externalId: event.target.value }); }} />
    </div>
  );
}
