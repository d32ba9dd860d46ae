// Locale-only formatting for callers written before lib/format. Prefer useFormat() or
// <RelativeTime> from lib/format: they also apply the user's regional format and time zone.
import { formatRelativeWith } from './format/relative-time';

/** Formats `then` relative to `now` (both epoch ms) with the largest fitting unit. */
export function formatRelativeTime(then: number, now: number, locale: string): string {
  return formatRelativeWith(new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }), then, now);
}

/** The absolute date and time for a tooltip. */
export function formatDateTime(then: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(then);
}
