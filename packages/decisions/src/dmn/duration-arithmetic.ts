/**
 * FEEL `*`, `/` and unary `-` as DMN 1.5 §10.3.2.3 (table 57) defines them, including what feelin
 * leaves out: duration × number, number × duration, duration ÷ number, duration ÷ duration (same
 * kind) and the negation of a duration. Years-and-months results are truncated to whole months;
 * days-and-time results keep fractions of seconds down to nanoseconds. Anything else is null.
 */
import { FeelDuration, FeelFunction, duration } from 'feelin';

interface Measure {
  /** Months for years-and-months durations, seconds for days-and-time durations. */
  amount: number;
  yearsMonths: boolean;
}

function measure(value: FeelDuration): Measure {
  const d = value.value;
  if (value.yearsMonths) return { amount: d.years * 12 + d.months, yearsMonths: true };
  const seconds = d.days * 86_400 + d.hours * 3600 + d.minutes * 60 + d.seconds + d.milliseconds / 1e3 + d.microseconds / 1e6 + d.nanoseconds / 1e9;
  return { amount: seconds, yearsMonths: false };
}

function yearsMonthsDuration(months: number): FeelDuration | null {
  const whole = Math.trunc(months);
  const abs = Math.abs(whole);
  return duration(`${whole < 0 ? '-' : ''}P${Math.floor(abs / 12)}Y${abs % 12}M`);
}

export function daysTimeDuration(seconds: number): FeelDuration | null {
  const sign = seconds < 0 ? '-' : '';
  const nanos = Math.round(Math.abs(seconds) * 1e9);
  const totalSeconds = Math.floor(nanos / 1e9);
  const fraction = nanos % 1e9;
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const secs = totalSeconds % 60;
  const secText = fraction === 0 ? `${secs}` : `${secs}.${String(fraction).padStart(9, '0').replace(/0+$/, '')}`;
  return duration(`${sign}P${days}DT${hours}H${minutes}M${secText}S`);
}

function fromMeasure({ amount, yearsMonths }: Measure): FeelDuration | null {
  if (!Number.isFinite(amount)) return null;
  return yearsMonths ? yearsMonthsDuration(amount) : daysTimeDuration(amount);
}

const isNumber = (value: unknown): value is number => typeof value === 'number';

export function multiply(a: unknown, b: unknown): unknown {
  if (isNumber(a) && isNumber(b)) return a * b;
  if (a instanceof FeelDuration && isNumber(b)) return scale(a, b);
  if (isNumber(a) && b instanceof FeelDuration) return scale(b, a);
  return null;
}

function scale(value: FeelDuration, factor: number): FeelDuration | null {
  const m = measure(value);
  return fromMeasure({ amount: m.amount * factor, yearsMonths: m.yearsMonths });
}

export function divide(a: unknown, b: unknown): unknown {
  if (isNumber(a) && isNumber(b)) return b === 0 ? null : a / b;
  if (a instanceof FeelDuration && isNumber(b)) return b === 0 ? null : scale(a, 1 / b);
  return a instanceof FeelDuration && b instanceof FeelDuration ? ratio(measure(a), measure(b)) : null;
}

function ratio(x: Measure, y: Measure): number | null {
  return x.yearsMonths !== y.yearsMonths || y.amount === 0 ? null : x.amount / y.amount;
}

export function negate(value: unknown): unknown {
  if (isNumber(value)) return -value;
  return value instanceof FeelDuration ? scale(value, -1) : null;
}

/** The helpers the rewritten expressions call (see arithmetic-rewrite.ts). */
export const ARITHMETIC_FUNCTIONS: Record<string, FeelFunction> = {
  __ff_multiply: new FeelFunction(multiply, ['a', 'b']),
  __ff_divide: new FeelFunction(divide, ['a', 'b']),
  __ff_negate: new FeelFunction(negate, ['value']),
};
