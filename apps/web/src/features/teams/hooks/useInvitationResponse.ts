// Accepting or declining a team invitation. Accepting an invitation of another account switches the
// session to that account (the team lives there) and opens the team.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { MyTeamInvitation } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { useToast } from '../../../ui/feedback/useToast';
import { useMe, useSwitchAccount } from '../../session';
import { acceptTeamInvitation, declineTeamInvitation, MY_TEAM_INVITATIONS_KEY, TEAMS_KEY } from '../api/teams-api';
import { describeTeamError } from '../team-errors';

export interface InvitationResponse {
  accept: (invitation: MyTeamInvitation, options?: { token?: string | undefined; openTeam?: boolean }) => void;
  decline: (invitation: MyTeamInvitation) => void;
  pendingId: string | null;
}

export function useInvitationResponse(): InvitationResponse {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchAccount = useSwitchAccount();
  const { showToast } = useToast();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: MY_TEAM_INVITATIONS_KEY });
    await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
  };
  const onError = (error: unknown) => { showToast({ title: describeTeamError(error, t).title, tone: 'danger' }); void refresh(); };

  const acceptMutation = useMutation({
    mutationFn: async (input: { invitation: MyTeamInvitation; token: string | undefined; openTeam: boolean }) => {
      const accepted = await acceptTeamInvitation(input.invitation.id, input.token);
      if (accepted.accountId !== me.account.id) await switchAccount(accepted.accountId);
      else await refresh();
      return { accepted, openTeam: input.openTeam || accepted.accountId !== me.account.id };
    },
    onSuccess: async ({ accepted, openTeam }, { invitation }) => {
      showToast({ title: t('teams.joinedToast', { team: invitation.team.name }), tone: 'success' });
      if (openTeam) await navigate({ to: '/teams/$teamId', params: { teamId: accepted.teamId } });
    },
    onError,
  });
  const declineMutation = useMutation({
    mutationFn: (invitation: MyTeamInvitation) => declineTeamInvitation(invitation.id),
    onSuccess: async (_result, invitation) => {
      showToast({ title: t('teams.declinedToast', { team: invitation.team.name }), tone: 'success' });
      await refresh();
    },
    onError,
  });
  const pending = acceptMutation.isPending ? acceptMutation.variables.invitation : declineMutation.isPending ? declineMutation.variables : undefined;

  return {
    accept: (invitation, options = {}) => { acceptMutation.mutate({ invitation, token: options.token, openTeam: options.openTeam ?? false }); },
    decline: (invitation) => { declineMutation.mutate(invitation); },
    pendingId: pending?.id ?? null,
  };
}
