import type { TeamDetail } from '@flowforge/contracts';
import { InviteCard } from './InviteCard';
import { MembersCard } from './MembersCard';
import { RolesCard } from './RolesCard';

/** The "Team management" tab (team page `team`): invitations, roles and members. */
export function TeamManagement({ team }: { team: TeamDetail }) {
  return (
    <div className="flex flex-col gap-6">
      <InviteCard team={team} />
      <RolesCard teamId={team.id} />
      <MembersCard team={team} />
    </div>
  );
}
