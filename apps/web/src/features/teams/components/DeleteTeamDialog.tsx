import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { TeamDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { deleteTeam, TEAMS_KEY } from '../api/teams-api';
import { describeTeamError } from '../team-errors';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';

/** Deleting a team needs its name typed again; the server checks the same. */
export function DeleteTeamDialog({ team, open, onClose }: { team: TeamDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => deleteTeam(team.id, typed.trim()),
    onSuccess: async () => {
      showToast({ title: t('teams.deleted', { name: team.name }), tone: 'success' });
      await navigate({ to: '/teams' });
      queryClient.removeQueries({ queryKey: [...TEAMS_KEY, team.id] });
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
    },
  });
  const close = () => {
    setTyped('');
    mutation.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('teams.deleteTitle', { name: team.name })}
      description={t('teams.deleteDescription')}
      confirmLabel={t('teams.delete')}
      isPending={mutation.isPending}
      isConfirmDisabled={typed.trim() !== team.name}
      onConfirm={() => { mutation.mutate(); }}
      onClose={close}
    >
      {mutation.isError && <Alert tone="danger" title={describeTeamError(mutation.error, t).title} />}
      <TextField label={t('teams.deleteConfirmLabel', { name: team.name })} value={typed} autoComplete="off" onChange={(event) => { setTyped(event.target.value); }} />
    </ConfirmDialog>
  );
}
