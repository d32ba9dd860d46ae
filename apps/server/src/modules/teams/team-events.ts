/**
 * Realtime notices about teams, so dashboards and team pages refresh live. Events carry ids only.
 * `teams.changed` goes to everyone in the account; `team-invitations.changed` goes to the invitee in
 * every account they belong to (their browser listens on whichever account is active).
 */
import type { Tx } from '../../platform/db/pool.ts';
import { withUser } from '../../platform/db/with-tenant.ts';
import type { Platform } from '../../platform/platform.ts';
import { publishEvent } from '../../platform/realtime.ts';
import { findUserIdByEmail, listActiveAccountIdsOfUser } from './teams.repository.ts';

export const TEAMS_CHANGED = 'teams.changed';
export const TEAM_INVITATIONS_CHANGED = 'team-invitations.changed';

/** Tells the account's browsers that a team, its members, roles or invitations changed. */
export async function publishTeamsChanged(tx: Tx, change: { accountId: string; teamId: string }): Promise<void> {
  await publishEvent(tx, { accountId: change.accountId, type: TEAMS_CHANGED, data: { teamId: change.teamId } });
}

/**
 * Tells the person with this e-mail (if they have signed up) that their invitations changed. Runs
 * after the change committed, in the invitee's own scope: their memberships in other accounts are
 * not visible from the inviting account. A failure only costs a live refresh.
 */
export async function notifyInvitee(platform: Platform, email: string): Promise<void> {
  try {
    const userId = await findUserIdByEmail(platform.appPool, email);
    if (!userId) return;
    await withUser(platform.appPool, userId, async (tx) => {
      for (const accountId of await listActiveAccountIdsOfUser(tx, userId)) {
        await publishEvent(tx, { accountId, userId, type: TEAM_INVITATIONS_CHANGED, data: {} });
      }
    });
  } catch {
    // The change itself has committed; a lost notice only means the invitee refreshes by hand.
  }
}
