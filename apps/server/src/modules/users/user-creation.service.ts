/**
 * Adding people to the account (spec §3.3.2 "Create user", "Resend invite"): a new e-mail becomes a
 * person without credentials, a known one (registered elsewhere) keeps their identity; either way
 * they join as a pending member and get an invitation to accept.
 */
import type { CreateUserBody, User } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { recomputeDynamicGroups } from '../groups/index.ts';
import { sendInvitations } from './invitations/send-invitation.ts';
import { findMemberForUpdate, findPersonByEmail, insertMembership, insertPerson, listAccountRoles, replaceMembershipRoles } from './members.repository.ts';
import { assertMayChangeOwnerRole, assertRolesExist, findSystemRole } from './role-rules.ts';
import { findUser } from './users.repository.ts';
import { rethrowUniqueViolation } from './unique-violation.ts';

type NewUser = Omit<CreateUserBody, 'sendInvite'> & { sendInvite: boolean };

export async function createUser(platform: Platform, ctx: RequestContext, body: NewUser): Promise<User> {
  const tenant = requireAccount(ctx);
  const { accountId, userId: actorId } = tenant.principal;
  return withTenant(platform.appPool, { accountId, userId: actorId }, async (tx) => {
    const roles = await listAccountRoles(tx, accountId);
    const roleIds = body.roleIds ?? [findSystemRole(roles, 'member')?.id ?? ''];
    assertRolesExist(roles, roleIds);
    assertMayChangeOwnerRole(tenant, { ownerRoleId: findSystemRole(roles, 'owner')?.id, before: [], after: roleIds });
    const userId = await findOrCreatePerson(tx, body);
    await assertNotMember(tx, { accountId, userId });
    await insertMembership(tx, { accountId, userId, status: 'pending', externalId: body.externalId ?? null, createdBy: actorId })
      .catch(rethrowUniqueViolation);
    await replaceMembershipRoles(tx, { accountId, userId, roleIds });
    if (body.sendInvite) await sendInvitations(tx, tenant, { baseUrl: platform.baseUrl, invitees: [{ userId, email: body.email.toLowerCase() }] });
    await recomputeDynamicGroups(tx, { accountId, userIds: [userId] });
    const user = await getCreatedUser(tx, { accountId, userId });
    await recordAudit(tx, tenant, { action: 'user.created', resourceType: 'user', resourceId: userId, after: { ...user, invited: body.sendInvite } });
    return user;
  });
}

/** Sends a pending member a new invitation; the previous link stops working. */
export async function resendInvitation(platform: Platform, ctx: RequestContext, userId: string): Promise<void> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  await withTenant(platform.appPool, { accountId, userId: tenant.principal.userId }, async (tx) => {
    const member = await findMemberForUpdate(tx, { accountId, userId });
    const user = member && (await findUser(tx, { accountId, userId }));
    if (!member || !user) throw new DomainError('user-not-found', `User ${userId} does not exist.`);
    if (member.status !== 'pending') {
      throw new DomainError('conflict', `${user.email} has already joined (status ${member.status}); only pending members can be invited again.`);
    }
    await sendInvitations(tx, tenant, { baseUrl: platform.baseUrl, invitees: [{ userId, email: user.email }] });
    await recordAudit(tx, tenant, { action: 'user.invited', resourceType: 'user', resourceId: userId, after: { email: user.email } });
  });
}

async function findOrCreatePerson(tx: Tx, body: NewUser): Promise<string> {
  const person = await findPersonByEmail(tx, body.email);
  if (person?.kind === 'service') {
    throw new DomainError('conflict', 'This e-mail address belongs to a service account.', { errors: [{ pointer: '/email', message: 'Used by a service account' }] });
  }
  if (person) return person.id;
  return insertPerson(tx, { email: body.email, name: body.name ?? nameFromEmail(body.email), profile: body.profile ?? {} });
}

async function assertNotMember(tx: Tx, member: { accountId: string; userId: string }): Promise<void> {
  const existing = await findMemberForUpdate(tx, member);
  if (!existing) return;
  const pointer = [{ pointer: '/email', message: existing.status === 'pending' ? 'Already invited' : 'Already a member' }];
  if (existing.status === 'pending') throw new DomainError('invitation-exists', 'This person has been invited already. Resend the invitation instead.', { errors: pointer });
  throw new DomainError('already-member', 'This person is already a member of the account.', { errors: pointer });
}

async function getCreatedUser(tx: Tx, member: { accountId: string; userId: string }): Promise<User> {
  const user = await findUser(tx, member);
  if (!user) throw new Error(`user ${member.userId} vanished inside its own transaction`);
  return user;
}

/** "ada.lovelace@example.com" → "ada.lovelace": a name until the person chooses theirs. */
export function nameFromEmail(email: string): string {
  return email.split('@')[0] ?? email;
}
