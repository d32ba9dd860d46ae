/**
 * Who may do what inside a team, decided on the server for every team-scoped request (ProcessFlow
 * only hid sidebar entries). A non-member gets 404 `team-not-found`, exactly as for a team that does
 * not exist; a member whose team roles do not open a page gets 403. The owner is the team's
 * `created_by` and may open every page, whatever roles exist or are renamed.
 */
import { TEAM_PAGES, type TeamPage } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';

export type TeamAccess = {
  teamId: string;
  accountId: string;
  teamName: string;
  isOwner: boolean;
  /** Pages the member may open, in TEAM_PAGES order. */
  pages: TeamPage[];
  /** The member's team role ids (task routing uses them). */
  roleIds: string[];
};

type AccessRow = { teamId: string; accountId: string; teamName: string; isOwner: boolean; pages: string[]; roleIds: string[] };

/** The caller's access to a team, or null when they are not a member (or the team is not in this tenant). */
export async function findTeamAccess(tx: Tx, input: { teamId: string; userId: string }): Promise<TeamAccess | null> {
  const { rows } = await tx.query<AccessRow>(
    `select t.id as "teamId", t.account_id as "accountId", t.name as "teamName", coalesce(t.created_by = $2, false) as "isOwner",
            coalesce((select array_agg(distinct p) from team_member_roles mr join team_roles r on r.id = mr.role_id, unnest(r.pages) p
                       where mr.team_id = t.id and mr.user_id = $2), '{}') as pages,
            coalesce((select array_agg(mr.role_id) from team_member_roles mr where mr.team_id = t.id and mr.user_id = $2), '{}') as "roleIds"
       from teams t join team_members m on m.team_id = t.id and m.user_id = $2
      where t.id = $1`,
    [input.teamId, input.userId],
  );
  const row = rows[0];
  if (!row) return null;
  const pages = row.isOwner ? [...TEAM_PAGES] : TEAM_PAGES.filter((page) => row.pages.includes(page));
  return { ...row, pages };
}

/** The caller's access to a team they belong to; 404 `team-not-found` otherwise. */
export async function requireTeamMember(tx: Tx, input: { teamId: string; userId: string }): Promise<TeamAccess> {
  const access = await findTeamAccess(tx, input);
  if (!access) throw new DomainError('team-not-found', `Team ${input.teamId} does not exist or you are not a member of it.`);
  return access;
}

/**
 * The server-side page guard for team-scoped routes (editor, tasks, monitoring, team, shop):
 * 404 for non-members, 403 when none of the member's team roles opens `page`.
 */
export async function requireTeamPage(tx: Tx, input: { teamId: string; userId: string; page: TeamPage }): Promise<TeamAccess> {
  const access = await requireTeamMember(tx, input);
  if (!access.pages.includes(input.page)) {
    throw new DomainError('forbidden', `None of your roles in the team "${access.teamName}" opens the page "${input.page}".`);
  }
  return access;
}

/** Only the team's owner (its creator) may rename or delete it. */
export async function requireTeamOwner(tx: Tx, input: { teamId: string; userId: string }): Promise<TeamAccess> {
  const access = await requireTeamMember(tx, input);
  if (!access.isOwner) throw new DomainError('forbidden', `Only the owner of the team "${access.teamName}" may do this.`);
  return access;
}
