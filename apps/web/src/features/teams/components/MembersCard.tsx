import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TeamDetail, TeamMember } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { refreshAfterChange } from '../api/live-refresh';
import { removeMember, TEAMS_KEY, teamMembersQueryOptions, teamRolesQueryOptions, type MemberFilter } from '../api/teams-api';
import { describeTeamError } from '../team-errors';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';
import { EditMemberRolesDialog } from './EditMemberRolesDialog';
import { RoleBadge } from './RoleBadge';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';

const SEARCH_DELAY_MS = 300;

/** The member table: search, filter by role or "no role", edit roles, remove (never the owner). */
export function MembersCard({ team }: { team: TeamDetail }) {
  const t = useT();
  const [filter, setFilter] = useState<MemberFilter>({ q: '', roleId: '' });
  const debouncedQuery = useDebouncedValue(filter.q, SEARCH_DELAY_MS);
  const members = useQuery(teamMembersQueryOptions(team.id, { q: debouncedQuery, roleId: filter.roleId }));
  const roles = useQuery(teamRolesQueryOptions(team.id));
  const [editing, setEditing] = useState<TeamMember | null>(null);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const roleOptions = [
    { value: '', label: t('teams.members.filterAll') },
    { value: 'none', label: t('teams.members.filterNone') },
    ...(roles.data ?? []).map((role) => ({ value: role.id, label: role.name })),
  ];
  return (
    <Card title={t('teams.members.title')}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap gap-3">
          <div className="min-w-64 flex-1">
            <TextField label={t('teams.members.search')} type="search" value={filter.q} onChange={(event) => { setFilter({ ...filter, q: event.target.value }); }} />
          </div>
          <Field label={t('teams.members.filter')}>
            {(control) => <Select {...control} className="w-48" options={roleOptions} value={filter.roleId} onChange={(event) => { setFilter({ ...filter, roleId: event.target.value }); }} />}
          </Field>
        </div>
        {members.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : members.isError ? (
          <ErrorState {...describeTeamError(members.error, t)} onRetry={() => void members.refetch()} />
        ) : members.data.length === 0 ? (
          <p className="text-fg-muted">{t('teams.members.none')}</p>
        ) : (
          <MembersTable members={members.data} onEditRoles={setEditing} onRemove={setRemoving} />
        )}
      </div>
      {editing !== null && <EditMemberRolesDialog teamId={team.id} member={editing} roles={roles.data ?? []} onClose={() => { setEditing(null); }} />}
      <RemoveMemberDialog team={team} member={removing} onClose={() => { setRemoving(null); }} />
    </Card>
  );
}

interface MembersTableProps {
  members: TeamMember[];
  onEditRoles: (member: TeamMember) => void;
  onRemove: (member: TeamMember) => void;
}

function MembersTable({ members, onEditRoles, onRemove }: MembersTableProps) {
  const t = useT();
  const columns: TableColumn<TeamMember>[] = [
    { id: 'name', header: t('teams.members.name'), sortValue: (member) => member.name, cell: (member) => <span className="font-medium">{member.name}</span> },
    { id: 'email', header: t('teams.members.email'), sortValue: (member) => member.email, cell: (member) => member.email },
    { id: 'roles', header: t('teams.members.roles'), cell: (member) => <span className="flex flex-wrap gap-1">{member.roles.map((role) => <RoleBadge key={role.id} role={role} />)}</span> },
    {
      id: 'actions', header: t('teams.members.actions'), align: 'end',
      cell: (member) => (
        <span className="inline-flex gap-1">
          <Button size="sm" variant="ghost" aria-label={t('teams.members.editRolesLabel', { name: member.name })} onClick={() => { onEditRoles(member); }}>
            {t('teams.members.editRoles')}
          </Button>
          {!member.isOwner && (
            <Button size="sm" variant="ghost" aria-label={t('teams.members.removeLabel', { name: member.name })} onClick={() => { onRemove(member); }}>
              {t('teams.members.remove')}
            </Button>
          )}
        </span>
      ),
    },
  ];
  return <Table caption={t('teams.members.title')} isCaptionHidden columns={columns} rows={members} getRowKey={(member) => member.userId} />;
}

function RemoveMemberDialog({ team, member, onClose }: { team: TeamDetail; member: TeamMember | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: (target: TeamMember) => removeMember(team.id, target.userId),
    onSuccess: async (_result, target) => {
      showToast({ title: t('teams.members.removed', { name: target.name }), tone: 'success' });
      onClose();
      await refreshAfterChange(queryClient, [...TEAMS_KEY, team.id]);
    },
    onError: (error) => {
      showToast({ title: describeTeamError(error, t).title, tone: 'danger' });
      void queryClient.invalidateQueries({ queryKey: [...TEAMS_KEY, team.id] });
    },
  });
  return (
    <ConfirmDialog
      open={member !== null}
      title={t('teams.members.removeTitle', { name: member?.name ?? '', team: team.name })}
      description={t('teams.members.removeDescription')}
      confirmLabel={t('teams.members.remove')}
      isPending={mutation.isPending}
      onConfirm={() => { if (member) mutation.mutate(member); }}
      onClose={onClose}
    />
  );
}
