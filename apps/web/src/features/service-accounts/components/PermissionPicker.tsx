import { useMemo } from 'react';
import type { Permission } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { groupServicePermissions, selectionState, setPermissions } from '../permission-groups';

interface PermissionPickerProps {
  selected: readonly Permission[];
  onChange: (selected: Permission[]) => void;
  /** Permissions the signed-in user holds: only those can be granted. */
  grantable: readonly string[];
  error?: string | undefined;
}

/** The service permissions as one fieldset per resource: a "select all" box and one box per action. */
export function PermissionPicker({ selected, onChange, grantable, error }: PermissionPickerProps) {
  const t = useT();
  const groups = useMemo(() => groupServicePermissions(t), [t]);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium">{t('serviceAccounts.field.permissions')}</p>
      <p className="text-sm text-fg-muted">{t('serviceAccounts.field.permissionsHint')}</p>
      {error !== undefined && <p role="alert" className="text-sm text-danger">{error}</p>}
      <div className="flex flex-col gap-2">
        {groups.map((group) => {
          const permissions = group.choices.map((choice) => choice.permission).filter((permission) => grantable.includes(permission));
          const state = selectionState(selected, permissions);
          return (
            <fieldset key={group.resource} className="rounded-control border border-border p-2.5">
              <legend className="px-1 text-sm font-semibold">{group.label}</legend>
              <label className="flex items-center gap-2 text-sm text-fg-muted">
                <input
                  type="checkbox"
                  className="size-4 accent-accent"
                  checked={state === 'all' && permissions.length > 0}
                  disabled={permissions.length === 0}
                  ref={(element) => { if (element) element.indeterminate = state === 'some'; }}
                  onChange={(event) => { onChange(setPermissions(selected, permissions, event.target.checked)); }}
                />
                {t('serviceAccounts.selectAll', { resource: group.label })}
              </label>
              <ul className="mt-1.5 flex flex-col gap-1.5">
                {group.choices.map((choice) => (
                  <li key={choice.permission}>
                    <label className="flex items-start gap-2 text-sm" title={grantable.includes(choice.permission) ? undefined : t('serviceAccounts.notGrantable')}>
                      <input
                        type="checkbox"
                        className="mt-0.5 size-4 accent-accent"
                        checked={selected.includes(choice.permission)}
                        disabled={!grantable.includes(choice.permission)}
                        onChange={(event) => { onChange(setPermissions(selected, [choice.permission], event.target.checked)); }}
                      />
                      <span>
                        {choice.description}
                        <code className="ml-1.5 text-xs text-fg-muted">{choice.permission}</code>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}
