/**
 * FEEL dates as day numbers (days since 1970-01-01, proleptic Gregorian): dates order and compare
 * like integers, which is how the analyser stores and tests them. feelin orders dates the same
 * way (by their UTC midnight).
 */
import type { FeelDate } from 'feelin';

const DAY_MS = 86_400_000;

/** Day number of a calendar date, or null outside the range JavaScript dates cover. */
export function dayNumber(year: number, month: number, day: number): number | null {
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, day);
  const ms = time.getTime();
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

let lastDate: FeelDate | null = null;
let lastDay: number | null = null;

/** Day number of a FEEL date (the last one is remembered: a table tests one value many times). */
export function dayOfDate(value: FeelDate): number | null {
  if (value === lastDate) return lastDay;
  const day = dayNumber(value.year, value.month, value.day);
  lastDate = value;
  lastDay = day;
  return day;
}

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, '0');

/** ISO text (`2026-01-31`) of a day number. */
export function isoOfDay(day: number): string {
  const time = new Date(day * DAY_MS);
  const year = time.getUTCFullYear();
  const yearText = year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
  return `${yearText}-${pad(time.getUTCMonth() + 1, 2)}-${pad(time.getUTCDate(), 2)}`;
}
