/**
 * Exact decimal numbers as strings, for currency values and for counting decimal places of typed
 * numbers without binary floating-point artefacts. Rounding is half away from zero (commercial).
 */

export interface Decimal {
  readonly negative: boolean;
  /** Integer digits without leading zeros ('0' for zero). */
  readonly whole: string;
  /** Fraction digits without trailing zeros. */
  readonly fraction: string;
}

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?$/;
const EXPONENT_TEXT = /^(-)?(\d+)(?:\.(\d+))?e([+-]\d+)$/;

/** Reads a finite number or a decimal string (`-12.50`, `.5`, `+3`); null when it is neither. */
export function parseDecimal(input: unknown): Decimal | null {
  if (typeof input === 'number') return Number.isFinite(input) ? parseNumber(input) : null;
  if (typeof input !== 'string') return null;
  const match = DECIMAL_TEXT.exec(input.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  return normalize(match[1] === '-', match[2] ?? '', match[3] ?? '');
}

function parseNumber(value: number): Decimal {
  const text = String(value);
  const exponent = EXPONENT_TEXT.exec(text);
  if (!exponent) return parseDecimal(text) as Decimal;
  return shiftDecimal(normalize(exponent[1] === '-', exponent[2] ?? '', exponent[3] ?? ''), Number(exponent[4]));
}

function normalize(negative: boolean, whole: string, fraction: string): Decimal {
  const cleanWhole = whole.replace(/^0+/, '') || '0';
  const cleanFraction = fraction.replace(/0+$/, '');
  const isZero = cleanWhole === '0' && cleanFraction === '';
  return { negative: negative && !isZero, whole: cleanWhole, fraction: cleanFraction };
}

/** Rounds to `places` fraction digits, half away from zero. */
export function roundDecimal(value: Decimal, places: number): Decimal {
  if (value.fraction.length <= places) return value;
  const kept = value.whole + value.fraction.slice(0, places);
  const roundsUp = (value.fraction[places] ?? '0') >= '5';
  const digits = roundsUp ? incrementDigits(kept) : kept;
  const wholeLength = digits.length - places;
  return normalize(value.negative, digits.slice(0, wholeLength), digits.slice(wholeLength));
}

function incrementDigits(digits: string): string {
  const result = digits.split('');
  for (let index = result.length - 1; index >= 0; index -= 1) {
    if (result[index] !== '9') {
      result[index] = String(Number(result[index]) + 1);
      return result.join('');
    }
    result[index] = '0';
  }
  return `1${result.join('')}`;
}

/** The decimal with exactly `places` fraction digits (`12.5` at 2 → `12.50`), or as short as possible. */
export function formatDecimal(value: Decimal, places?: number): string {
  const fraction = places === undefined ? value.fraction : value.fraction.padEnd(places, '0');
  return `${value.negative ? '-' : ''}${value.whole}${fraction ? `.${fraction}` : ''}`;
}

/** Multiplies by 10^places (negative places divide): percent ↔ fraction without float error. */
export function shiftDecimal(value: Decimal, places: number): Decimal {
  const digits = value.whole + value.fraction;
  const point = value.whole.length + places;
  if (point <= 0) return normalize(value.negative, '0', '0'.repeat(-point) + digits);
  return normalize(value.negative, digits.padEnd(point, '0').slice(0, point), digits.slice(point));
}

/** -1, 0 or 1 as a is smaller, equal or larger than b. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const sign = a.negative ? -1 : 1;
  if (a.whole.length !== b.whole.length) return a.whole.length > b.whole.length ? sign : -sign;
  if (a.whole !== b.whole) return a.whole > b.whole ? sign : -sign;
  const length = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(length, '0');
  const fb = b.fraction.padEnd(length, '0');
  if (fa === fb) return 0;
  return fa > fb ? sign : -sign;
}

export function decimalToNumber(value: Decimal): number {
  return Number(formatDecimal(value));
}
