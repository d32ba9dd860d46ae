import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { PermissionCatalog, Role } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import { TextField } from '../../../ui/controls/TextField';
import { joinClassNames } from '../../../ui/class-names';
import { Alert } from '../../../ui/feedback/Alert';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { Drawer } from '../../../ui/overlays/Drawer';
import { createRole, permissionCatalogQueryOptions, ROLES_QUERY_KEY, updateRole } from '../api/roles-api';
import { draftFromRole, roleFieldErrors, toRoleBody, validateRoleDraft, type RoleDraft } from '../role-form';
import { ColorField } from './ColorField';
import { PermissionPicker } from './PermissionPicker';

interface RoleEditorProps {
  /** The role to edit or view; undefined creates a new one. */
  role: Role | undefined;
  /** False shows a custom role read-only (the caller lacks roles:update). */
  canEdit: boolean;
  onClose: () => void;
}

/** The drawer that creates or edits a custom role, and shows a system role read-only. */
export function RoleEditor({ role, canEdit, onClose }: RoleEditorProps) {
  const t = useT();
  const catalog = useQuery(permissionCatalogQueryOptions);
  const isReadOnly = role !== undefined && (role.systemKey !== null || !canEdit);
  const title = role === undefined ? t('roles.new') : isReadOnly ? role.name : t('roles.editTitle', { name: role.name });
  return (
    <Drawer open onClose={onClose} title={title}>
      {catalog.isPending ? (
        <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('roles.loadingCatalog')}>
          {Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-16 w-full" />)}
        </div>
      ) : catalog.isError ? (
        <ErrorState {...describeError(catalog.error, t)} onRetry={() => void catalog.refetch()} />
      ) : isReadOnly ? (
        <div className="flex flex-col gap-4">
          <Alert title={t(role.systemKey ? 'roles.systemReadOnly' : 'roles.readOnly')}>{role.description}</Alert>
          <PermissionPicker catalog={catalog.data} draft={draftFromRole(role)} onChange={() => undefined} isReadOnly />
        </div>
      ) : (
        <RoleForm role={role} catalog={catalog.data} onDone={onClose} />
      )}
    </Drawer>
  );
}

function RoleForm({ role, catalog, onDone }: { role: Role | undefined; catalog: PermissionCatalog; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [draft, setDraft] = useState<RoleDraft>(() => draftFromRole(role));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const order = catalog.resources.flatMap((resource) => resource.actions.map((action) => action.permission));
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof toRoleBody>) => (role ? updateRole(role.id, body) : createRole(body)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ROLES_QUERY_KEY });
      showToast({ tone: 'success', title: t(role ? 'roles.saved' : 'roles.created', { name: saved.name }) });
      onDone();
    },
  });
  const local = isSubmitted ? validateRoleDraft(draft) : {};
  const server = roleFieldErrors(mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.keys(validateRoleDraft(draft)).length === 0) mutation.mutate(toRoleBody(draft, order));
  };
  const hasFieldErrors = Object.keys(server).length > 0;

  return (
    <form className="flex flex-col gap-4" noValidate onSubmit={submit}>
      {mutation.isError && !hasFieldErrors && <Alert tone="danger" title={describeError(mutation.error, t).title}>{describeError(mutation.error, t).detail}</Alert>}
      <TextField label={t('roles.field.name')} value={draft.name} maxLength={60} required autoComplete="off"
        error={local.name ? t('roles.error.nameRequired') : server.name}
        onChange={(event) => { setDraft({ ...draft, name: event.target.value }); }} />
      <ColorField value={draft.color} error={local.color ? t('roles.error.color') : server.color} onChange={(color) => { setDraft({ ...draft, color }); }} />
      <Field label={t('roles.field.description')} error={server.description}>
        {(control) => (
          <textarea {...control} rows={3} maxLength={500} value={draft.description} className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto py-2')}
            onChange={(event) => { setDraft({ ...draft, description: event.target.value }); }} />
        )}
      </Field>
      <PermissionPicker catalog={catalog} draft={draft} onChange={setDraft} error={server.permissions} />
      <div className="sticky bottom-0 flex justify-end gap-2 border-t border-border bg-raised py-3">
        <Button variant="ghost" onClick={onDone}>{t('roles.cancel')}</Button>
        <Button type="submit" variant="primary" isLoading={mutation.isPending}>{role ? t('roles.save') : t('roles.create')}</Button>
      </div>
    </form>
  );
}
