import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { LogOut } from 'lucide-react';
import { useState } from 'react';
import type { TeamDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Card } from '../../../ui/display/Card';
import { useToast } from '../../../ui/feedback/useToast';
import { leaveTeam, TEAMS_KEY } from '../api/teams-api';
import { describeTeamError } from '../team-errors';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';

/** "Leave team" for members who do not own it, behind a confirmation. */
export function LeaveTeamCard({ team }: { team: TeamDetail }) {
  const t = useT();
  const [isConfirming, setIsConfirming] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => leaveTeam(team.id),
    onSuccess: async () => {
      showToast({ title: t('teams.left', { name: team.name }), tone: 'success' });
      await navigate({ to: '/teams' });
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
    },
    onError: (error) => { showToast({ title: describeTeamError(error, t).title, tone: 'danger' }); },
  });
  return (
    <Card title={t('teams.leave')} description={t('teams.leaveDescription')}>
      <Button variant="secondary" icon={LogOut} onClick={() => { setIsConfirming(true); }}>{t('teams.leave')}</Button>
      <ConfirmDialog
        open={isConfirming}
        title={t('teams.leaveTitle', { name: team.name })}
        description={t('teams.leaveDescription')}
        confirmLabel={t('teams.leave')}
        isPending={mutation.isPending}
        onConfirm={() => { mutation.mutate(); }}
        onClose={() => { setIsConfirming(false); }}
      />
    </Card>
  );
}
