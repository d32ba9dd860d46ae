/**
 * Use cases of a team's member list (reference §1.10 "Members"), behind the team page `team`:
 * list with search and role filter, set a member's roles at once, remove a member (not the owner).
 */
import type { SetTeamMemberRolesBody, TeamMember, TeamMembersQuery } from '@flowforge/contracts';
import { recordAudit } from '../../../platform/audit.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { Tx } from '../../../platform/db/pool.ts';
import { publishTeamsChanged } from '../team-events.ts';
import { withTeam } from '../team-scope.ts';
import { deleteTeamMember } from '../teams.repository.ts';
import { findTeamMember, findTeamRoleIds, listTeamMembers, replaceMemberRoles } from './team-members.repository.ts';

type MemberRef = { teamId: string; userId: string };

export async function listMembers(platform: Platform, ctx: RequestContext, input: { teamId: string; filter: TeamMembersQuery }): Promise<TeamMember[]> {
  return withTeam(platform, ctx, { teamId: input.teamId, need: 'team', work: ({ tx }) => listTeamMembers(tx, input) });
}

/** Sets the member's full list of team roles; every id must be a role of this team. */
export async function setMemberRoles(platform: Platform, ctx: RequestContext, input: MemberRef & { body: SetTeamMemberRolesBody }): Promise<TeamMember> {
  const roleIds = [...new Set(input.body.roleIds)];
  return withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      const before = await getMember(tx, input);
      const known = await findTeamRoleIds(tx, { teamId: input.teamId, roleIds });
      const unknown = input.body.roleIds.findIndex((id) => !known.has(id));
      if (unknown >= 0) {
        throw new DomainError('unprocessable', 'Every role must be a role of this team.', { errors: [{ pointer: `/roleIds/${unknown}`, message: 'Not a role of this team' }] });
      }
      await replaceMemberRoles(tx, { accountId: access.accountId, teamId: input.teamId, userId: input.userId, roleIds });
      const after = await getMember(tx, input);
      await recordAudit(tx, tenant, {
        action: 'team.member-roles-set', resourceType: 'team', resourceId: input.teamId,
        before: { userId: input.userId, roleIds: before.roles.map((role) => role.id) }, after: { userId: input.userId, roleIds },
      });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
      return after;
    },
  });
}

/** Removes a member from the team; the owner cannot be removed. Their statistics row stays. */
export async function removeMember(platform: Platform, ctx: RequestContext, input: MemberRef): Promise<void> {
  await withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      const member = await getMember(tx, input);
      if (member.isOwner) throw new DomainError('conflict', `${member.name} owns the team "${access.teamName}" and cannot be removed from it.`);
      await deleteTeamMember(tx, input);
      await recordAudit(tx, tenant, { action: 'team.member-removed', resourceType: 'team', resourceId: input.teamId, before: { userId: input.userId, email: member.email } });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
    },
  });
}

async function getMember(tx: Tx, input: MemberRef): Promise<TeamMember> {
  const member = await findTeamMember(tx, input);
  if (!member) throw new DomainError('user-not-found', `User ${input.userId} is not a member of this team.`);
  return member;
}
