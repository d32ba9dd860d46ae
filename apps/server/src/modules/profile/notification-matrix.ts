/**
 * The pure rules of notification preferences: a stored matrix overlaid on the catalogue's defaults
 * (so new events start at their default), and the checks a submitted matrix must pass.
 */
import {
  defaultNotificationMatrix, isNotificationChannel, isNotificationEvent, NOTIFICATION_EVENTS, offersChannel,
  type FieldError, type NotificationMatrix,
} from '@flowforge/contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The full matrix: defaults, overridden by the stored choices that still make sense. */
export function resolveNotificationMatrix(stored: unknown): NotificationMatrix {
  const matrix = defaultNotificationMatrix();
  if (!isRecord(stored)) return matrix;
  for (const [event, channels] of Object.entries(matrix)) {
    const choices = stored[event];
    if (!isRecord(choices)) continue;
    for (const channel of Object.keys(channels)) {
      const choice = choices[channel];
      if (typeof choice === 'boolean') channels[channel] = choice;
    }
  }
  return matrix;
}

// RFC 6901: "~" and "/" inside a key are escaped.
function pointer(...segments: string[]): string {
  return segments.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function channelErrors(event: string, channels: Record<string, boolean>): FieldError[] {
  if (!isNotificationEvent(event)) return [];
  return Object.keys(channels).flatMap((channel): FieldError[] => {
    if (!isNotificationChannel(channel)) return [{ pointer: pointer('events', event, channel), message: `Unknown channel "${channel}".` }];
    if (!offersChannel(event, channel)) {
      return [{ pointer: pointer('events', event, channel), message: `"${NOTIFICATION_EVENTS[event].label}" is not sent by ${channel}.` }];
    }
    return [];
  });
}

/** Every unknown event, unknown channel and channel an event does not offer, with its pointer. */
export function findNotificationMatrixErrors(submitted: NotificationMatrix): FieldError[] {
  return Object.entries(submitted).flatMap(([event, channels]) => isNotificationEvent(event)
    ? channelErrors(event, channels)
    : [{ pointer: pointer('events', event), message: `Unknown event "${event}".` }]);
}
