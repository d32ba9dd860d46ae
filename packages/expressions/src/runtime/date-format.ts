/**
 * FORMAT for dates: LDML-style pattern letters (yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h mm m
 * ss s SSS a XXX), text in single quotes is literal ('' is a quote). English month and day names.
 */
import { civilFromDays, isoWeekday } from './calendar.ts';
import { Instant, type PlainDate } from './temporal.ts';
import { offsetAt, toWallClock, type WallClock } from './time-zone.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOKEN = /'([^']|'')*'?|([A-Za-z])\2*/g;

type Fields = WallClock & { weekday: number; offsetMinutes: number };

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

const monthName = (f: Fields) => MONTHS[f.month - 1] ?? '';
const dayName = (f: Fields) => WEEKDAYS[f.weekday - 1] ?? '';

const LETTERS: Record<string, (f: Fields, n: number) => string> = {
  y: (f, n) => (n === 2 ? pad(f.year % 100, 2) : pad(f.year, n)),
  M: (f, n) => (n >= 4 ? monthName(f) : n === 3 ? monthName(f).slice(0, 3) : pad(f.month, n)),
  d: (f, n) => pad(f.day, n),
  E: (f, n) => (n >= 4 ? dayName(f) : dayName(f).slice(0, 3)),
  H: (f, n) => pad(f.hour, n),
  h: (f, n) => pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n),
  m: (f, n) => pad(f.minute, n),
  s: (f, n) => pad(f.second, n),
  S: (f, n) => pad(f.millisecond, 3).slice(0, n),
  a: (f) => (f.hour < 12 ? 'AM' : 'PM'),
  X: (f) => formatOffset(f.offsetMinutes),
};

function formatToken(token: string, fields: Fields): string {
  const format = LETTERS[token[0] ?? ''];
  return format ? format(fields, token.length) : token;
}

function fieldsOf(value: PlainDate | Instant, zone: string): Fields {
  if (value instanceof Instant) {
    const clock = toWallClock(value.ms, zone);
    const days = Math.floor((value.ms + offsetAt(value.ms, zone)) / 86_400_000);
    return { ...clock, weekday: isoWeekday(days), offsetMinutes: Math.round(offsetAt(value.ms, zone) / 60_000) };
  }
  const civil = civilFromDays(value.days);
  return { ...civil, hour: 0, minute: 0, second: 0, millisecond: 0, weekday: isoWeekday(value.days), offsetMinutes: 0 };
}

export function formatDate(value: PlainDate | Instant, pattern: string, zone: string): string {
  const fields = fieldsOf(value, zone);
  return pattern.replace(TOKEN, (token) => {
    if (token.startsWith("'")) return token.length === 2 ? "'" : token.slice(1, token.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
    return formatToken(token, fields);
  });
}
