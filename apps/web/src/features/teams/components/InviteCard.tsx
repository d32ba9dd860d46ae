import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MailPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { TeamDetail, TeamInvitation } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { refreshAfterChange } from '../api/live-refresh';
import { inviteToTeam, TEAMS_KEY, teamInvitationsQueryOptions, withdrawInvitation } from '../api/teams-api';
import { describeTeamError, fieldErrorFor } from '../team-errors';

/** "Invite member" by e-mail, and the pending invitations with Withdraw. */
export function InviteCard({ team }: { team: TeamDetail }) {
  const t = useT();
  const [email, setEmail] = useState('');
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const invitations = useQuery(teamInvitationsQueryOptions(team.id));
  const invite = useMutation({
    mutationFn: (address: string) => inviteToTeam(team.id, address),
    onSuccess: async (invitation) => {
      setEmail('');
      showToast({ title: t('teams.invite.sent', { email: invitation.email }), tone: 'success' });
      await refreshAfterChange(queryClient, [...TEAMS_KEY, team.id, 'invitations']);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() !== '') invite.mutate(email.trim());
  };
  const emailError = invite.isError ? fieldErrorFor(invite.error, { field: 'email', t }) ?? describeTeamError(invite.error, t).title : undefined;

  return (
    <Card title={t('teams.invite.title')} description={t('teams.invite.hint')}>
      <form noValidate onSubmit={submit} className="flex flex-wrap items-start gap-2">
        <div className="min-w-64 flex-1">
          <TextField label={t('teams.invite.email')} type="email" autoComplete="off" value={email} error={emailError}
            onChange={(event) => { setEmail(event.target.value); invite.reset(); }} />
        </div>
        <Button type="submit" variant="primary" icon={MailPlus} isLoading={invite.isPending} className="mt-6">{t('teams.invite.submit')}</Button>
      </form>
      <h3 className="mt-6 mb-2 text-sm font-semibold">{t('teams.invite.pending')}</h3>
      {invitations.isPending ? (
        <Skeleton className="h-12 w-full" />
      ) : invitations.isError ? (
        <ErrorState {...describeTeamError(invitations.error, t)} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <p className="text-fg-muted">{t('teams.invite.none')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-border rounded-control border border-border">
          {invitations.data.map((invitation) => <InvitationRow key={invitation.id} teamId={team.id} invitation={invitation} />)}
        </ul>
      )}
    </Card>
  );
}

function InvitationRow({ teamId, invitation }: { teamId: string; invitation: TeamInvitation }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const withdraw = useMutation({
    mutationFn: () => withdrawInvitation(teamId, invitation.id),
    onSuccess: async () => {
      showToast({ title: t('teams.invite.withdrawn', { email: invitation.email }), tone: 'success' });
      await refreshAfterChange(queryClient, [...TEAMS_KEY, teamId, 'invitations']);
    },
    onError: (error) => {
      showToast({ title: describeTeamError(error, t).title, tone: 'danger' });
      void queryClient.invalidateQueries({ queryKey: [...TEAMS_KEY, teamId, 'invitations'] });
    },
  });
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
      <div className="min-w-0">
        <p className="truncate font-medium">{invitation.email}</p>
        {invitation.invitedBy && <p className="text-sm text-fg-muted">{t('teams.invite.invitedBy', { name: invitation.invitedBy.name })}</p>}
      </div>
      <Button size="sm" variant="ghost" isLoading={withdraw.isPending} aria-label={t('teams.invite.withdrawLabel', { email: invitation.email })}
        onClick={() => { withdraw.mutate(); }}>
        {t('teams.invite.withdraw')}
      </Button>
    </li>
  );
}
