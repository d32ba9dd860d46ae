/**
 * My settings → notifications (spec §3.1): which events reach a user on which channel. The catalogue
 * is the single list the settings screen shows and the notification engine asks about; a channel an
 * event does not offer is never sent (e.g. the daily digest is e-mail only).
 */
import { z } from 'zod';

/** Channels a user can choose per event; the notification engine will add more (SMS, push, Slack). */
export const NOTIFICATION_CHANNELS = ['in-app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

type EventDefinition = {
  label: string;
  description: string;
  /** Channels this event can be sent on. */
  channels: readonly NotificationChannel[];
  /** Channels switched on until the user decides otherwise. */
  defaults: readonly NotificationChannel[];
};

const BOTH = ['in-app', 'email'] as const;

export const NOTIFICATION_EVENTS = {
  'task.assigned': { label: 'Task assigned', description: 'A task is assigned to you or to a group you are in.', channels: BOTH, defaults: BOTH },
  'task.due-soon': { label: 'Task due soon', description: 'One of your tasks is due within a day.', channels: BOTH, defaults: ['in-app'] },
  'task.overdue': { label: 'Task overdue', description: 'One of your tasks is past its due date.', channels: BOTH, defaults: BOTH },
  'approval.requested': { label: 'Approval requested', description: 'Someone asks you to approve or reject a request.', channels: BOTH, defaults: BOTH },
  'approval.decided': { label: 'Approval decided', description: 'A request you made was approved or rejected.', channels: BOTH, defaults: ['in-app'] },
  'mention': { label: 'Mentioned', description: 'Someone mentions you in a comment.', channels: BOTH, defaults: BOTH },
  'team.invitation': { label: 'Invitation', description: 'You are invited to an account or a team.', channels: BOTH, defaults: BOTH },
  'process.failed': { label: 'Process failed', description: 'A process you started or own stops with an error.', channels: BOTH, defaults: ['in-app'] },
  'sla.breached': { label: 'SLA breached', description: 'Work you are responsible for missed its service level.', channels: BOTH, defaults: BOTH },
  'digest.daily': { label: 'Daily digest', description: 'One e-mail each morning with your open tasks and approvals.', channels: ['email'], defaults: [] },
} as const satisfies Record<string, EventDefinition>;
export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_KEYS = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];

export function isNotificationEvent(value: string): value is NotificationEvent {
  return Object.hasOwn(NOTIFICATION_EVENTS, value);
}

export function isNotificationChannel(value: string): value is NotificationChannel {
  return (NOTIFICATION_CHANNELS as readonly string[]).includes(value);
}

/** Whether `event` can be sent on `channel` at all. */
export function offersChannel(event: NotificationEvent, channel: NotificationChannel): boolean {
  return (NOTIFICATION_EVENTS[event].channels as readonly string[]).includes(channel);
}

/** Event → channel → on/off. Only the channels an event offers appear. */
export type NotificationMatrix = Record<string, Record<string, boolean>>;

/** The matrix as it is before the user changes anything. */
export function defaultNotificationMatrix(): NotificationMatrix {
  return Object.fromEntries(NOTIFICATION_EVENT_KEYS.map((event) => {
    const { channels, defaults } = NOTIFICATION_EVENTS[event];
    return [event, Object.fromEntries(channels.map((channel) => [channel, (defaults as readonly string[]).includes(channel)]))];
  }));
}

const MatrixSchema = z.record(z.string().max(60), z.record(z.string().max(30), z.boolean()));

export const NotificationPreferencesSchema = z.object({ events: MatrixSchema });
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** Replaces the user's choices; events left out go back to their defaults. Unknown events or channels are a 422 with a pointer. */
export const UpdateNotificationPreferencesBodySchema = z.strictObject({ events: MatrixSchema });
export type UpdateNotificationPreferencesBody = z.infer<typeof UpdateNotificationPreferencesBodySchema>;
