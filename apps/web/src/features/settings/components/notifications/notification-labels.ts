// Words for the notification catalogue (contracts' NOTIFICATION_EVENTS and NOTIFICATION_CHANNELS).
// The Record types make the compiler insist on a label for every event and channel.
import type { NotificationChannel, NotificationEvent } from '@flowforge/contracts';
import type { MessageKey } from '../../../../lib/i18n';

export const EVENT_LABELS: Record<NotificationEvent, { label: MessageKey; hint: MessageKey }> = {
  'task.assigned': { label: 'notificationPrefs.taskAssigned', hint: 'notificationPrefs.taskAssignedHint' },
  'task.due-soon': { label: 'notificationPrefs.taskDueSoon', hint: 'notificationPrefs.taskDueSoonHint' },
  'task.overdue': { label: 'notificationPrefs.taskOverdue', hint: 'notificationPrefs.taskOverdueHint' },
  'approval.requested': { label: 'notificationPrefs.approvalRequested', hint: 'notificationPrefs.approvalRequestedHint' },
  'approval.decided': { label: 'notificationPrefs.approvalDecided', hint: 'notificationPrefs.approvalDecidedHint' },
  'mention': { label: 'notificationPrefs.mention', hint: 'notificationPrefs.mentionHint' },
  'team.invitation': { label: 'notificationPrefs.invitation', hint: 'notificationPrefs.invitationHint' },
  'process.failed': { label: 'notificationPrefs.processFailed', hint: 'notificationPrefs.processFailedHint' },
  'sla.breached': { label: 'notificationPrefs.slaBreached', hint: 'notificationPrefs.slaBreachedHint' },
  'digest.daily': { label: 'notificationPrefs.dailyDigest', hint: 'notificationPrefs.dailyDigestHint' },
};

export const CHANNEL_LABELS: Record<NotificationChannel, MessageKey> = {
  'in-app': 'notificationPrefs.channelInApp',
  email: 'notificationPrefs.channelEmail',
};

/** The channels in the order the columns show them. */
export const CHANNELS = Object.keys(CHANNEL_LABELS) as NotificationChannel[];

export function findEventLabels(event: string): { label: MessageKey; hint: MessageKey } | undefined {
  return Object.hasOwn(EVENT_LABELS, event) ? EVENT_LABELS[event as NotificationEvent] : undefined;
}
