import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Plus, ShieldCheck } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { Role } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { rolesQueryOptions } from './api/roles-api';
import { DeleteRoleDialog } from './components/DeleteRoleDialog';
import { RoleEditor } from './components/RoleEditor';
import { RolesTable } from './components/RolesTable';

/** Admin › Roles: the system roles and the account's custom roles built from the permission catalog. */
export function RolesPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('roles.title'));
  const roles = useQuery(rolesQueryOptions(me.account.id));
  const [editing, setEditing] = useState<{ role: Role | undefined } | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const createButton = me.permissions.includes('roles:create')
    ? <Button variant="primary" icon={Plus} onClick={() => { setEditing({ role: undefined }); }}>{t('roles.new')}</Button>
    : undefined;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('roles.title')} description={t('roles.subtitle')} actions={createButton} />
      <RolesContent query={roles} createButton={createButton} onOpen={(role) => { setEditing({ role }); }} onDelete={setDeleting}
        canEdit={me.permissions.includes('roles:update')} canDelete={me.permissions.includes('roles:delete')} />
      {editing && <RoleEditor role={editing.role} canEdit={me.permissions.includes('roles:update')} onClose={() => { setEditing(null); }} />}
      {deleting && <DeleteRoleDialog role={deleting} onClose={() => { setDeleting(null); }} />}
    </div>
  );
}

interface RolesContentProps {
  query: UseQueryResult<Role[]>;
  createButton: ReactNode;
  canEdit: boolean;
  canDelete: boolean;
  onOpen: (role: Role) => void;
  onDelete: (role: Role) => void;
}

function RolesContent({ query, createButton, canEdit, canDelete, onOpen, onDelete }: RolesContentProps) {
  const t = useT();
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('roles.loading')}>
        {Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  const hasCustomRoles = query.data.some((role) => role.systemKey === null);
  return (
    <>
      <RolesTable roles={query.data} canEdit={canEdit} canDelete={canDelete} onOpen={onOpen} onDelete={onDelete} />
      {!hasCustomRoles && <EmptyState icon={ShieldCheck} title={t('roles.emptyTitle')} description={t('roles.emptyDescription')} action={createButton} />}
    </>
  );
}
