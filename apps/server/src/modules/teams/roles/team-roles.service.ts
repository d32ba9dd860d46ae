/**
 * Use cases of team roles (reference §1.10 "Roles"), behind the team page `team`: a role has a name
 * unique in the team, a colour and the pages it opens. Roles also route tasks later (a task's
 * assigned role is a team role id), so deleting one is audited with its holders' count.
 */
import { TeamPageSchema, type CreateTeamRoleBody, type TeamPage, type TeamRole, type UpdateTeamRoleBody } from '@flowforge/contracts';
import { recordAudit } from '../../../platform/audit.ts';
import { DomainError } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { Tx } from '../../../platform/db/pool.ts';
import { publishTeamsChanged } from '../team-events.ts';
import { withTeam } from '../team-scope.ts';
import { deleteTeamRole, findTeamRole, insertTeamRole, listTeamRoles, updateTeamRole, type TeamRoleFields } from './team-roles.repository.ts';

type RoleRef = { teamId: string; roleId: string };

export async function listRoles(platform: Platform, ctx: RequestContext, teamId: string): Promise<TeamRole[]> {
  return withTeam(platform, ctx, { teamId, need: 'team', work: ({ tx }) => listTeamRoles(tx, teamId) });
}

export async function createRole(platform: Platform, ctx: RequestContext, input: { teamId: string; body: CreateTeamRoleBody }): Promise<TeamRole> {
  const fields = { name: input.body.name, color: input.body.color, pages: parsePages(input.body.pages) };
  return withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      const roleId = await insertTeamRole(tx, { accountId: access.accountId, teamId: input.teamId, fields });
      if (!roleId) throw nameTaken(fields.name);
      await recordAudit(tx, tenant, { action: 'team.role-created', resourceType: 'team-role', resourceId: roleId, after: { teamId: input.teamId, ...fields } });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
      return getRole(tx, { teamId: input.teamId, roleId });
    },
  });
}

export async function updateRole(platform: Platform, ctx: RequestContext, input: RoleRef & { body: UpdateTeamRoleBody }): Promise<TeamRole> {
  const pages = input.body.pages === undefined ? undefined : parsePages(input.body.pages);
  return withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      const before = await getRole(tx, input);
      const fields: TeamRoleFields = { name: input.body.name ?? before.name, color: input.body.color ?? before.color, pages: pages ?? before.pages };
      if (!(await updateTeamRole(tx, { teamId: input.teamId, roleId: input.roleId, fields }))) throw nameTaken(fields.name);
      await recordAudit(tx, tenant, {
        action: 'team.role-updated', resourceType: 'team-role', resourceId: input.roleId,
        before: { name: before.name, color: before.color, pages: before.pages }, after: fields,
      });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
      return getRole(tx, input);
    },
  });
}

/** Deletes a role after the UI confirmed it; its holders lose it. */
export async function deleteRole(platform: Platform, ctx: RequestContext, input: RoleRef): Promise<void> {
  await withTeam(platform, ctx, {
    teamId: input.teamId, need: 'team',
    work: async ({ tx, access, tenant }) => {
      const role = await getRole(tx, input);
      await deleteTeamRole(tx, input);
      await recordAudit(tx, tenant, {
        action: 'team.role-deleted', resourceType: 'team-role', resourceId: input.roleId,
        before: { teamId: input.teamId, name: role.name, color: role.color, pages: role.pages, memberCount: role.memberCount },
      });
      await publishTeamsChanged(tx, { accountId: access.accountId, teamId: input.teamId });
    },
  });
}

/** Checks every page against TEAM_PAGES: 422 pointing at the first unknown one; duplicates dropped. */
function parsePages(pages: readonly string[]): TeamPage[] {
  const parsed: TeamPage[] = [];
  for (const [index, page] of pages.entries()) {
    const result = TeamPageSchema.safeParse(page);
    if (!result.success) {
      throw new DomainError('unprocessable', `"${page}" is not a team page; use editor, tasks, monitoring, team or shop.`, {
        errors: [{ pointer: `/pages/${index}`, message: 'Unknown team page' }],
      });
    }
    if (!parsed.includes(result.data)) parsed.push(result.data);
  }
  return parsed;
}

async function getRole(tx: Tx, input: RoleRef): Promise<TeamRole> {
  const role = await findTeamRole(tx, input);
  if (!role) throw new DomainError('role-not-found', `Team role ${input.roleId} does not exist in this team.`);
  return role;
}

function nameTaken(name: string): DomainError {
  return new DomainError('name-taken', `This team already has a role called "${name}".`, { errors: [{ pointer: '/name', message: 'A role with this name exists' }] });
}
