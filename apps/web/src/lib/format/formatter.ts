// Dates, times and numbers as the user expects them: in their regional format (or UI language) and
// their time zone (or the browser's). Intl objects are built once per formatter, not per call.
import { formatRelativeWith } from './relative-time';

export type DateInput = number | string | Date;

export interface FormatSettings {
  /** A BCP 47 tag: the user's regional format, else the UI language (`de-CH`, `en`). */
  locale: string;
  /** An IANA zone; undefined uses the browser's. */
  timeZone?: string | undefined;
}

export interface Formatter {
  /** The locale and zone actually in force (an unknown zone falls back to the browser's). */
  readonly locale: string;
  readonly timeZone: string;
  /** 21 Nov 2026 / 21.11.2026 */
  formatDate: (value: DateInput) => string;
  /** 21 Nov 2026, 14:30 */
  formatDateTime: (value: DateInput) => string;
  /** With seconds, for tooltips and logs: 21 Nov 2026, 14:30:05 */
  formatTimestamp: (value: DateInput) => string;
  /** 14:30 / 2:30 PM */
  formatTime: (value: DateInput) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "3 min. ago", "in 2 days" relative to `now` (epoch ms). */
  formatRelative: (value: DateInput, now: number) => string;
}

function toEpoch(value: DateInput): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

// A zone or locale this browser does not know must not break the page: fall back to its defaults.
function resolveSettings(settings: FormatSettings): { locale: string; timeZone: string | undefined } {
  let locale = 'en';
  try {
    locale = Intl.getCanonicalLocales(settings.locale)[0] ?? locale;
  } catch {
    // keep English
  }
  try {
    return { locale, timeZone: new Intl.DateTimeFormat(locale, { timeZone: settings.timeZone }).resolvedOptions().timeZone };
  } catch {
    return { locale, timeZone: undefined };
  }
}

export function createFormatter(settings: FormatSettings): Formatter {
  const { locale, timeZone } = resolveSettings(settings);
  const dates = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone });
  const date = dates({ dateStyle: 'medium' });
  const dateTime = dates({ dateStyle: 'medium', timeStyle: 'short' });
  const timestamp = dates({ dateStyle: 'medium', timeStyle: 'medium' });
  const time = dates({ timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const plainNumber = new Intl.NumberFormat(locale);
  return {
    locale,
    timeZone: date.resolvedOptions().timeZone,
    formatDate: (value) => date.format(toEpoch(value)),
    formatDateTime: (value) => dateTime.format(toEpoch(value)),
    formatTimestamp: (value) => timestamp.format(toEpoch(value)),
    formatTime: (value) => time.format(toEpoch(value)),
    formatNumber: (value, options) => (options ? new Intl.NumberFormat(locale, options) : plainNumber).format(value),
    formatRelative: (value, now) => formatRelativeWith(relative, toEpoch(value), now),
  };
}
