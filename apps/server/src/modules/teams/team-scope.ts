/**
 * The transaction boundary of every team-scoped use case: the caller's tenant, one transaction and
 * the access check (member, owner or a page) before any work happens.
 */
import type { TeamPage } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { requireTeamMember, requireTeamOwner, requireTeamPage, type TeamAccess } from './team-access.ts';

export type TeamNeed = 'member' | 'owner' | TeamPage;
export type TeamScope = { tx: Tx; tenant: TenantContext; access: TeamAccess };

/** Runs `work` in the caller's tenant after checking they have `need` in the team. */
export async function withTeam<T>(platform: Platform, ctx: RequestContext, options: { teamId: string; need: TeamNeed; work: (scope: TeamScope) => Promise<T> }): Promise<T> {
  const tenant = requireAccount(ctx);
  const { userId, accountId } = tenant.principal;
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const access = await checkNeed(tx, { teamId: options.teamId, userId, need: options.need });
    return options.work({ tx, tenant, access });
  });
}

async function checkNeed(tx: Tx, input: { teamId: string; userId: string; need: TeamNeed }): Promise<TeamAccess> {
  if (input.need === 'member') return requireTeamMember(tx, input);
  if (input.need === 'owner') return requireTeamOwner(tx, input);
  return requireTeamPage(tx, { teamId: input.teamId, userId: input.userId, page: input.need });
}
