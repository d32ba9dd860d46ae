import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useMe } from '../../session';
import { RoleSwatch, rolesQueryOptions } from '../../roles';

interface RolePickerProps {
  selectedIds: readonly string[];
  onToggle: (roleId: string, isOn: boolean) => void;
  error: string | undefined;
}

/** The roles a group gives its members, as a list of checkboxes (system roles first). */
export function RolePicker({ selectedIds, onToggle, error }: RolePickerProps) {
  const t = useT();
  const me = useMe();
  const roles = useQuery(rolesQueryOptions(me.account.id));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{t('groups.field.roles')}</legend>
      <p className="text-sm text-fg-muted">{t('groups.rolesHint')}</p>
      {roles.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : roles.isError ? (
        <p role="alert" className="text-sm text-danger">{describeError(roles.error, t).title}</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {roles.data.map((role) => (
            <li key={role.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="size-4 accent-accent" checked={selectedIds.includes(role.id)}
                  onChange={(event) => { onToggle(role.id, event.target.checked); }} />
                <RoleSwatch color={role.color} />
                {role.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error !== undefined && <p role="alert" className="text-sm text-danger">{error}</p>}
    </fieldset>
  );
}
