import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TeamMember, TeamRole } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { refreshAfterChange } from '../api/live-refresh';
import { setMemberRoles, TEAMS_KEY } from '../api/teams-api';
import { describeTeamError } from '../team-errors';

interface EditMemberRolesDialogProps {
  teamId: string;
  member: TeamMember;
  roles: readonly TeamRole[];
  onClose: () => void;
}

/** "Edit roles": a checkbox per team role; saving sets the member's full list at once. */
export function EditMemberRolesDialog({ teamId, member, roles, onClose }: EditMemberRolesDialogProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>(member.roles.map((role) => role.id));
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => setMemberRoles(teamId, member.userId, selected),
    onSuccess: async () => {
      showToast({ title: t('teams.members.rolesSaved', { name: member.name }), tone: 'success' });
      await refreshAfterChange(queryClient, [...TEAMS_KEY, teamId]);
      onClose();
    },
  });
  const toggle = (roleId: string, isChecked: boolean) => {
    setSelected((current) => (isChecked ? [...current, roleId] : current.filter((id) => id !== roleId)));
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('teams.members.editRolesTitle', { name: member.name })}
      description={t('teams.members.editRolesDescription', { name: member.name })}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('teams.cancel')}</Button>
          <Button variant="primary" isLoading={mutation.isPending} onClick={() => { mutation.mutate(); }}>{t('teams.save')}</Button>
        </>
      )}
    >
      {mutation.isError && <Alert tone="danger" title={describeTeamError(mutation.error, t).title} />}
      {roles.length === 0 ? (
        <p className="text-fg-muted">{t('teams.members.noRolesToAssign')}</p>
      ) : (
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">{t('teams.members.roles')}</legend>
          {roles.map((role) => (
            <Checkbox key={role.id} label={role.name} checked={selected.includes(role.id)} onChange={(event) => { toggle(role.id, event.target.checked); }} />
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
