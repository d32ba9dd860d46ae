/**
 * Use cases of teams themselves (reference §1.2, §1.10): the dashboard list, create, open, rename,
 * delete and leave. The owner is `teams.created_by`; members, roles and invitations have their own
 * services under members/, roles/ and invitations/.
 */
import { TEAM_PAGES, type CreateTeamBody, type TeamColorScheme, type TeamDetail, type TeamList, type UpdateTeamBody } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import type { Tx } from '../../platform/db/pool.ts';
import type { TeamAccess } from './team-access.ts';
import { publishTeamsChanged } from './team-events.ts';
import { withTeam } from './team-scope.ts';
import {
  deleteTeam as deleteTeamRow, deleteTeamMember, findTeamOfUser, insertMemberRole, insertOwnerRole, insertTeam, insertTeamMember, listTeamsOfUser,
  updateTeam as updateTeamRow,
} from './teams.repository.ts';

export async function listTeams(platform: Platform, ctx: RequestContext): Promise<TeamList> {
  const { principal } = requireAccount(ctx);
  const teams = await withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, (tx) => listTeamsOfUser(tx, principal.userId));
  return { own: teams.filter((team) => team.isOwner), joined: teams.filter((team) => !team.isOwner) };
}

/** Creates the team, its "Owner" role with every page, the creator's membership and statistics. */
export async function createTeam(platform: Platform, ctx: RequestContext, body: CreateTeamBody): Promise<TeamDetail> {
  const tenant = requireAccount(ctx);
  const { accountId, userId } = tenant.principal;
  const colorScheme: TeamColorScheme = body.colorScheme ?? 'blue';
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const teamId = await insertTeam(tx, { accountId, name: body.name, colorScheme, createdBy: userId });
    if (!teamId) throw nameTaken(body.name);
    const roleId = await insertOwnerRole(tx, { accountId, teamId });
    await insertTeamMember(tx, { accountId, teamId, userId });
    await insertMemberRole(tx, { accountId, teamId, userId, roleId });
    await recordAudit(tx, tenant, { action: 'team.created', resourceType: 'team', resourceId: teamId, after: { name: body.name, colorScheme } });
    await publishTeamsChanged(tx, { accountId, teamId });
    return loadDetail(tx, { teamId, userId, pages: [...TEAM_PAGES] });
  });
}

export async function getTeam(platform: Platform, ctx: RequestContext, teamId: string): Promise<TeamDetail> {
  return withTeam(platform, ctx, {
    teamId, need: 'member',
    work: ({ tx, access, tenant }) => loadDetail(tx, { teamId, userId: tenant.principal.userId, pages: access.pages }),
  });
}

/** Renames or recolours a team (owner only); the name stays unique among the owner's teams. */
export async function updateTeam(platform: Platform, ctx: RequestContext, input: { teamId: string; body: UpdateTeamBody }): Promise<TeamDetail> {
  const { teamId, body } = input;
  return withTeam(platform, ctx, {
    teamId, need: 'owner',
    work: async ({ tx, access, tenant }) => {
      const before = await loadDetail(tx, { teamId, userId: tenant.principal.userId, pages: access.pages });
      const after = await updateTeamRow(tx, { teamId, name: body.name, colorScheme: body.colorScheme });
      if (!after) throw nameTaken(body.name ?? before.name);
      await recordAudit(tx, tenant, { action: 'team.updated', resourceType: 'team', resourceId: teamId, before: { name: before.name, colorScheme: before.colorScheme }, after });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId });
      return { ...before, ...after };
    },
  });
}

/**
 * Deletes a team (owner only) after its name was typed again. Invitations, roles, members and
 * statistics cascade, so pending invitations never block the deletion (ProcessFlow §3.4 item 6).
 */
export async function deleteTeam(platform: Platform, ctx: RequestContext, input: { teamId: string; confirm: string | undefined }): Promise<void> {
  await withTeam(platform, ctx, {
    teamId: input.teamId, need: 'owner',
    work: async ({ tx, access, tenant }) => {
      if (input.confirm?.trim() !== access.teamName) {
        throw new DomainError('unprocessable', `Type the team's name "${access.teamName}" to confirm the deletion.`, {
          errors: [{ pointer: '/query/confirm', message: 'Does not match the team name' }],
        });
      }
      const removed = await deleteTeamRow(tx, input.teamId);
      await recordAudit(tx, tenant, { action: 'team.deleted', resourceType: 'team', resourceId: input.teamId, before: { name: access.teamName, ...removed } });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
    },
  });
}

/** Leaves a team; the owner cannot (they would leave it without an owner) and must delete it instead. */
export async function leaveTeam(platform: Platform, ctx: RequestContext, teamId: string): Promise<void> {
  await withTeam(platform, ctx, {
    teamId, need: 'member',
    work: async ({ tx, access, tenant }) => {
      if (access.isOwner) throw new DomainError('conflict', `You own the team "${access.teamName}", so you cannot leave it. Delete the team instead.`);
      await deleteTeamMember(tx, { teamId, userId: tenant.principal.userId });
      await recordAudit(tx, tenant, { action: 'team.left', resourceType: 'team', resourceId: teamId, before: { userId: tenant.principal.userId } });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId });
    },
  });
}

async function loadDetail(tx: Tx, input: { teamId: string; userId: string; pages: TeamAccess['pages'] }): Promise<TeamDetail> {
  const team = await findTeamOfUser(tx, input);
  if (!team) throw new DomainError('team-not-found', `Team ${input.teamId} does not exist or you are not a member of it.`);
  return { ...team, myPages: input.pages };
}

function nameTaken(name: string): DomainError {
  return new DomainError('name-taken', `You already have a team called "${name}". Pick another name.`, {
    errors: [{ pointer: '/name', message: 'You already have a team with this name' }],
  });
}
