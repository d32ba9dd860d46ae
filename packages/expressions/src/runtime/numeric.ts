/**
 * Exact numbers. A numeric value is a finite JS number (read as its shortest decimal form, so 0.1
 * means exactly 0.1) or a Decimal. Integer arithmetic that stays within the safe range runs on plain
 * numbers; everything else goes through decimal.js with 34 significant digits (IEEE decimal128).
 */
import Decimal from 'decimal.js';

export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -20, toExpPos: 40 });
export type Dec = Decimal;

export type Numeric = number | Decimal;

export function isDecimal(value: unknown): value is Decimal {
  return value instanceof Dec;
}

export function isNumeric(value: unknown): value is Numeric {
  return typeof value === 'number' || value instanceof Dec;
}

export function toDecimal(value: Numeric): Decimal {
  return typeof value === 'number' ? new Dec(value) : value;
}

const SHORT_DECIMAL = /^0*[0-9]{1,15}(\.[0-9]*)?$/;

const LITERALS = new Map<string, Numeric>();

/** A literal's value (cached: the same texts recur across compiles). */
export function parseNumberText(text: string): Numeric {
  let value = LITERALS.get(text);
  if (value === undefined) {
    value = numberOfText(text);
    if (LITERALS.size > 1000) LITERALS.clear();
    LITERALS.set(text, value);
  }
  return value;
}

/** A plain number when that number is exactly the written decimal, otherwise a Decimal. */
function numberOfText(text: string): Numeric {
  const asNumber = Number(text);
  // up to 15 significant digits always round-trip through a double
  if (SHORT_DECIMAL.test(text) && text.replace(/^[0.]+/, '').replace('.', '').length <= 15) return asNumber;
  const exact = new Dec(text);
  if (Number.isFinite(asNumber) && exact.eq(asNumber)) return asNumber;
  return exact;
}

/** Back to a plain number (boundary); non-finite results become null. */
export function numericToJs(value: Numeric): number | null {
  const result = typeof value === 'number' ? value : value.toNumber();
  if (!Number.isFinite(result)) return null;
  return Object.is(result, -0) ? 0 : result;
}

function bothSafeIntegers(a: number, b: number, result: number): boolean {
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(result);
}

export function addNumeric(a: Numeric, b: Numeric): Numeric {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (bothSafeIntegers(a, b, sum)) return sum;
  }
  return toDecimal(a).plus(toDecimal(b));
}

export function subtractNumeric(a: Numeric, b: Numeric): Numeric {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (bothSafeIntegers(a, b, difference)) return difference;
  }
  return toDecimal(a).minus(toDecimal(b));
}

export function multiplyNumeric(a: Numeric, b: Numeric): Numeric {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (bothSafeIntegers(a, b, product)) return product === 0 ? 0 : product;
  }
  return toDecimal(a).times(toDecimal(b));
}

/** Division; null when dividing by zero (the caller reports it). */
export function divideNumeric(a: Numeric, b: Numeric): Numeric | null {
  if (isZero(b)) return null;
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a) && Number.isSafeInteger(b) && a % b === 0) {
    return a / b === 0 ? 0 : a / b;
  }
  return toDecimal(a).div(toDecimal(b));
}

/** Remainder with the sign of the dividend (like JS and SQL `%`); null for a zero divisor. */
export function remainderNumeric(a: Numeric, b: Numeric): Numeric | null {
  if (isZero(b)) return null;
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    const rest = a % b;
    return rest === 0 ? 0 : rest;
  }
  return toDecimal(a).mod(toDecimal(b));
}

export function negateNumeric(a: Numeric): Numeric {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return a.neg();
}

export function isZero(value: Numeric): boolean {
  return typeof value === 'number' ? value === 0 : value.isZero();
}

export function compareNumeric(a: Numeric, b: Numeric): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return toDecimal(a).cmp(toDecimal(b));
}

/** Canonical decimal text of a number, without exponent for ordinary magnitudes. */
export function numericToText(value: Numeric): string {
  const decimal = toDecimal(value);
  return decimal.isZero() ? '0' : decimal.toString();
}
