/**
 * FORMAT for numbers: a pattern like '#,##0.00' — ',' groups thousands, the zeros after '.' give
 * fixed decimals, '#' after '.' optional ones, a '%' multiplies by 100. Other characters before and
 * after the number part are kept ('€ #,##0.00', '0.0 kg'). Rounding is half away from zero.
 */
import { Dec, type Numeric, toDecimal } from './numeric.ts';

const NUMBER_PART = /[#0,]*0?(\.[0#]*)?/;

type NumberPattern = { prefix: string; suffix: string; grouping: boolean; fixed: number; optional: number };

function parseNumberPattern(pattern: string, start: number): NumberPattern {
  const part = NUMBER_PART.exec(pattern.slice(start))?.[0] ?? '0';
  const [integerPattern = '', fractionPattern = ''] = part.split('.');
  const fixed = (fractionPattern.match(/0/g) ?? []).length;
  return {
    prefix: pattern.slice(0, start), suffix: pattern.slice(start + part.length), grouping: integerPattern.includes(','),
    fixed, optional: fractionPattern.length - fixed,
  };
}

export function formatNumber(value: Numeric, pattern: string): string {
  const start = pattern.search(/[#0]/);
  if (start === -1) return pattern;
  const { prefix, suffix, grouping, fixed, optional } = parseNumberPattern(pattern, start);
  const decimal = suffix.includes('%') ? toDecimal(value).times(100) : toDecimal(value);
  if (!decimal.isFinite() || decimal.abs().gte('1e30')) return decimal.toString();
  const rounded = decimal.toDecimalPlaces(fixed + optional, Dec.ROUND_HALF_UP);
  const digits = rounded.abs().toFixed(Math.max(fixed, Math.min(fixed + optional, rounded.decimalPlaces())));
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  return `${sign}${prefix}${grouping ? groupThousands(digits) : digits}${suffix}`;
}

function groupThousands(text: string): string {
  const [integer = '', fraction] = text.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
