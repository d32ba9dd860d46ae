import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { RoleSwatch, rolesQueryOptions } from '../../roles';
import { useMe } from '../../session';

interface RoleChecklistProps {
  selectedIds: readonly string[];
  onChange: (roleIds: string[]) => void;
  error?: string | undefined;
  isDisabled?: boolean;
  /** Hidden for callers who are not owners: only owners give or take the Owner role. */
  canGiveOwner: boolean;
}

/** The roles of the account as checkboxes (system roles first), for choosing several. */
export function RoleChecklist({ selectedIds, onChange, error, isDisabled = false, canGiveOwner }: RoleChecklistProps) {
  const t = useT();
  const me = useMe();
  const roles = useQuery(rolesQueryOptions(me.account.id));
  const toggle = (roleId: string, isOn: boolean) => {
    onChange(isOn ? [...selectedIds, roleId] : selectedIds.filter((id) => id !== roleId));
  };
  return (
    <fieldset className="flex flex-col gap-2" disabled={isDisabled}>
      <legend className="mb-1 text-sm font-medium">{t('users.field.roles')}</legend>
      {roles.isPending ? (
        <Skeleton className="h-20 w-full" />
      ) : roles.isError ? (
        <p role="alert" className="text-sm text-danger">{describeError(roles.error, t).title}</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {roles.data.map((role) => {
            const isLocked = role.systemKey === 'owner' && !canGiveOwner;
            return (
              <li key={role.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" className="size-4 accent-accent" checked={selectedIds.includes(role.id)} disabled={isLocked}
                    onChange={(event) => { toggle(role.id, event.target.checked); }} />
                  <RoleSwatch color={role.color} />
                  {role.name}
                  {isLocked && <span className="text-fg-muted">{t('users.ownerOnly')}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error !== undefined && <p role="alert" className="text-sm text-danger">{error}</p>}
    </fieldset>
  );
}
