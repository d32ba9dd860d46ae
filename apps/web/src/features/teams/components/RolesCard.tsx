import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import type { TeamRole } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Badge } from '../../../ui/display/Badge';
import { Card } from '../../../ui/display/Card';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { refreshAfterChange } from '../api/live-refresh';
import { deleteTeamRole, TEAMS_KEY, teamRolesQueryOptions } from '../api/teams-api';
import { describeTeamError } from '../team-errors';
import { PAGE_LABEL_KEYS } from '../team-pages';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';
import { RoleDialog } from './RoleDialog';

type Editing = { role: TeamRole | undefined } | null;

/** The team's roles: name, colour swatch, allowed pages; create, edit and delete. */
export function RolesCard({ teamId }: { teamId: string }) {
  const t = useT();
  const roles = useQuery(teamRolesQueryOptions(teamId));
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TeamRole | null>(null);
  return (
    <Card title={t('teams.roles.title')} description={t('teams.roles.hint')}>
      <div className="flex flex-col gap-4">
        <Button variant="secondary" icon={Plus} className="self-start" onClick={() => { setEditing({ role: undefined }); }}>{t('teams.roles.new')}</Button>
        {roles.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : roles.isError ? (
          <ErrorState {...describeTeamError(roles.error, t)} onRetry={() => void roles.refetch()} />
        ) : roles.data.length === 0 ? (
          <p className="text-fg-muted">{t('teams.roles.empty')}</p>
        ) : (
          <RolesTable roles={roles.data} onEdit={(role) => { setEditing({ role }); }} onDelete={setDeleting} />
        )}
      </div>
      {editing !== null && <RoleDialog teamId={teamId} role={editing.role} onClose={() => { setEditing(null); }} />}
      <DeleteRoleDialog teamId={teamId} role={deleting} onClose={() => { setDeleting(null); }} />
    </Card>
  );
}

function RolesTable({ roles, onEdit, onDelete }: { roles: TeamRole[]; onEdit: (role: TeamRole) => void; onDelete: (role: TeamRole) => void }) {
  const t = useT();
  const columns: TableColumn<TeamRole>[] = [
    { id: 'name', header: t('teams.roles.name'), sortValue: (role) => role.name, cell: (role) => <span className="font-medium">{role.name}</span> },
    {
      id: 'color', header: t('teams.roles.color'),
      cell: (role) => (
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" style={{ backgroundColor: role.color }} className="size-4 rounded-full border border-border" />
          <span className="sr-only">{t('teams.roles.swatch', { color: role.color })}</span>
          <span aria-hidden="true" className="font-mono text-xs text-fg-muted">{role.color}</span>
        </span>
      ),
    },
    {
      id: 'pages', header: t('teams.roles.pages'),
      cell: (role) => role.pages.length === 0
        ? <span className="text-fg-muted">{t('teams.roles.noPages')}</span>
        : <span className="flex flex-wrap gap-1">{role.pages.map((page) => <Badge key={page}>{t(PAGE_LABEL_KEYS[page])}</Badge>)}</span>,
    },
    { id: 'members', header: t('teams.roles.members'), align: 'end', sortValue: (role) => role.memberCount, cell: (role) => role.memberCount },
    {
      id: 'actions', header: t('teams.roles.actions'), align: 'end',
      cell: (role) => (
        <span className="inline-flex gap-1">
          <Button size="sm" variant="ghost" aria-label={t('teams.roles.editLabel', { name: role.name })} onClick={() => { onEdit(role); }}>{t('teams.roles.edit')}</Button>
          <Button size="sm" variant="ghost" aria-label={t('teams.roles.deleteLabel', { name: role.name })} onClick={() => { onDelete(role); }}>{t('teams.roles.delete')}</Button>
        </span>
      ),
    },
  ];
  return <Table caption={t('teams.roles.title')} isCaptionHidden columns={columns} rows={roles} getRowKey={(role) => role.id} />;
}

function DeleteRoleDialog({ teamId, role, onClose }: { teamId: string; role: TeamRole | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: (target: TeamRole) => deleteTeamRole(teamId, target.id),
    onSuccess: async (_result, target) => {
      showToast({ title: t('teams.roles.deleted', { name: target.name }), tone: 'success' });
      onClose();
      await refreshAfterChange(queryClient, [...TEAMS_KEY, teamId]);
    },
    onError: (error) => {
      showToast({ title: describeTeamError(error, t).title, tone: 'danger' });
      void queryClient.invalidateQueries({ queryKey: [...TEAMS_KEY, teamId] });
    },
  });
  return (
    <ConfirmDialog
      open={role !== null}
      title={t('teams.roles.deleteTitle', { name: role?.name ?? '' })}
      description={t('teams.roles.deleteDescription', { count: role?.memberCount ?? 0 })}
      confirmLabel={t('teams.roles.delete')}
      isPending={mutation.isPending}
      onConfirm={() => { if (role) mutation.mutate(role); }}
      onClose={onClose}
    />
  );
}
