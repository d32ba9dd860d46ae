import type { PermissionCatalog } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { actionLabel, resourceLabel } from '../permission-text';
import { selectionOf, setResourcePermissions, togglePermission, type RoleDraft } from '../role-form';

interface PermissionPickerProps {
  catalog: PermissionCatalog;
  draft: RoleDraft;
  onChange: (draft: RoleDraft) => void;
  /** Shows the permissions without letting them change (system roles). */
  isReadOnly?: boolean;
  error?: string | undefined;
}

/** The permission catalog as one fieldset per resource: a "select all" box and one box per action. */
export function PermissionPicker({ catalog, draft, onChange, isReadOnly = false, error }: PermissionPickerProps) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm font-medium">{t('roles.field.permissions')}</p>
      {error !== undefined && <p role="alert" className="text-sm text-danger">{error}</p>}
      {catalog.resources.map((resource) => {
        const permissions = resource.actions.map((action) => action.permission);
        const selection = selectionOf(draft, permissions);
        const label = resourceLabel(t, resource);
        return (
          <fieldset key={resource.resource} className="rounded-control border border-border p-3">
            <legend className="px-1 text-sm font-semibold">{label}</legend>
            <label className="flex items-center gap-2 text-sm text-fg-muted">
              <input
                type="checkbox"
                className="size-4 accent-accent"
                checked={selection === 'all'}
                ref={(element) => { if (element) element.indeterminate = selection === 'some'; }}
                disabled={isReadOnly}
                onChange={(event) => { onChange(setResourcePermissions(draft, permissions, event.target.checked)); }}
              />
              {t('roles.selectAll', { resource: label })}
            </label>
            <ul className="mt-2 flex flex-col gap-2">
              {resource.actions.map((action) => (
                <li key={action.permission}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 accent-accent"
                      checked={draft.permissions.includes(action.permission)}
                      disabled={isReadOnly}
                      onChange={(event) => { onChange(togglePermission(draft, action.permission, event.target.checked)); }}
                    />
                    <span>
                      {actionLabel(t, action)}
                      <code className="ml-2 text-xs text-fg-muted">{action.permission}</code>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
