import type { MyTeamInvitation } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { gradientStyle } from '../team-colors';

interface InvitationCardProps {
  invitation: MyTeamInvitation;
  activeAccountId: string;
  isPending: boolean;
  onAccept: () => void;
  onDecline: () => void;
}

/** One pending invitation with Accept and Decline. */
export function InvitationCard({ invitation, activeAccountId, isPending, onAccept, onDecline }: InvitationCardProps) {
  const t = useT();
  const team = invitation.team.name;
  const title = invitation.invitedBy
    ? t('teams.invitationFrom', { inviter: invitation.invitedBy.name, team })
    : t('teams.invitationNoInviter', { team });
  return (
    <li className="flex flex-wrap items-center gap-4 rounded-card border border-border bg-raised p-4 shadow-card">
      <span aria-hidden="true" style={gradientStyle(invitation.team.colorScheme)} className="size-10 shrink-0 rounded-control" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        <p className="text-sm text-fg-muted">
          {invitation.account.id === activeAccountId
            ? t('teams.invitationAccount', { account: invitation.account.name })
            : t('teams.invitationOtherAccount', { account: invitation.account.name })}
        </p>
      </div>
      <div className="flex gap-2">
        <Button variant="ghost" disabled={isPending} aria-label={t('teams.declineInvitation', { team })} onClick={onDecline}>{t('teams.decline')}</Button>
        <Button variant="primary" isLoading={isPending} aria-label={t('teams.acceptInvitation', { team })} onClick={onAccept}>{t('teams.accept')}</Button>
      </div>
    </li>
  );
}
