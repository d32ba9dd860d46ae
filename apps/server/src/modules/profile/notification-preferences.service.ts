/**
 * Use cases for My settings → Notifications (spec §3.1): which events reach the user on which
 * channel, stored in users.preferences.notifications, and the question the notification engine asks
 * before sending anything: does this user want this event on this channel?
 */
import {
  offersChannel, type NotificationChannel, type NotificationEvent, type NotificationPreferences, type UpdateNotificationPreferencesBody,
} from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant, withUser } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { findNotificationMatrixErrors, resolveNotificationMatrix } from './notification-matrix.ts';
import { findNotificationChoices, replaceNotificationChoices } from './profile.repository.ts';

export async function getMyNotificationPreferences(platform: Platform, ctx: RequestContext): Promise<NotificationPreferences> {
  const { principal } = requireAccount(ctx);
  const stored = await withUser(platform.appPool, principal.userId, (tx) => findNotificationChoices(tx, principal.userId));
  return { events: resolveNotificationMatrix(stored) };
}

/** Replaces the user's choices; events left out are back at their defaults. */
export async function setMyNotificationPreferences(platform: Platform, ctx: RequestContext, body: UpdateNotificationPreferencesBody): Promise<NotificationPreferences> {
  const tenant = requireAccount(ctx);
  const { userId, accountId } = tenant.principal;
  const errors = findNotificationMatrixErrors(body.events);
  if (errors.length > 0) throw new DomainError('unprocessable', 'The notification preferences name events or channels that do not exist.', { errors });
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const before = await replaceNotificationChoices(tx, { userId, choices: body.events });
    const after = resolveNotificationMatrix(body.events);
    await recordAudit(tx, tenant, {
      action: 'user.notification-preferences-updated', resourceType: 'user', resourceId: userId, before: resolveNotificationMatrix(before), after,
    });
    return { events: after };
  });
}

/**
 * Whether the user wants `event` on `channel`: their choice, else the catalogue's default; never for
 * a channel the event is not sent on. For the notification engine, inside its own transaction.
 */
export async function wantsNotification(tx: Tx, question: { userId: string; event: NotificationEvent; channel: NotificationChannel }): Promise<boolean> {
  if (!offersChannel(question.event, question.channel)) return false;
  const matrix = resolveNotificationMatrix(await findNotificationChoices(tx, question.userId));
  return matrix[question.event]?.[question.channel] === true;
}
