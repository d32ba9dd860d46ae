// Pure edits of the notification matrix (event → channel → on/off) for the settings screen.
import type { NotificationMatrix } from '@flowforge/contracts';

export function toggleChoice(matrix: NotificationMatrix, cell: { event: string; channel: string; isOn: boolean }): NotificationMatrix {
  return { ...matrix, [cell.event]: { ...matrix[cell.event], [cell.channel]: cell.isOn } };
}

export function isSameMatrix(a: NotificationMatrix, b: NotificationMatrix): boolean {
  return Object.entries(a).every(([event, channels]) =>
    Object.entries(channels).every(([channel, isOn]) => b[event]?.[channel] === isOn));
}

/** Whether `channel` is offered for `event` (the server only lists channels an event can use). */
export function offersChannel(matrix: NotificationMatrix, cell: { event: string; channel: string }): boolean {
  return typeof matrix[cell.event]?.[cell.channel] === 'boolean';
}
