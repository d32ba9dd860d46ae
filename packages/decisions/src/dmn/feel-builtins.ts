/**
 * FEEL built-in functions feelin lacks or gets wrong against the DMN 1.5 specification (§10.3.4),
 * provided as values in the evaluation scope, where feelin looks before its own built-ins. Each
 * one implements the specification's rule and hands the rest to feelin's own function:
 * - the range relations feelin leaves unimplemented (range-functions.ts);
 * - `range(from)` (1.5): a range from the text of a range literal whose endpoints are literals;
 * - `list replace`: negative positions count from the end, out-of-range positions and match
 *   functions that do not take two arguments or answer a non-boolean are errors;
 * - `round up / down / half up / half down`: the scale must lie in [-6111, 6176];
 * - `is`: durations of different kinds are never the same;
 * - `matches` / `replace`: XML Schema regular expressions — the `x` flag (whitespace in the
 *   pattern is ignored outside character classes), class subtraction `[a-z-[aeiou]]`, and `\0`
 *   being no valid escape.
 */
import { FeelDuration, FeelFunction, evaluate } from 'feelin';
import { ARITHMETIC_FUNCTIONS } from './duration-arithmetic.ts';
import { RANGE_FUNCTIONS } from './range-functions.ts';
import { TEMPORAL_FUNCTIONS } from './temporal-arithmetic.ts';
import { parseRangeLiteral } from './range-literal.ts';

type Builtin = (...args: unknown[]) => unknown;

function original(name: string): Builtin {
  const value = evaluate(name).value;
  if (typeof value !== 'function') throw new Error(`feelin has no built-in ${name}`);
  return value as Builtin;
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function replaceByMatch(list: unknown[], match: FeelFunction, newItem: unknown): unknown[] | null {
  if (match.parameterNames.length !== 2) return null;
  const replaced: unknown[] = [];
  for (const item of list) {
    const hit = match.fn(item, newItem);
    if (typeof hit !== 'boolean') return null;
    replaced.push(hit ? newItem : item);
  }
  return replaced;
}

function replaceAt(list: unknown[], position: number, newItem: unknown): unknown[] | null {
  const whole = Math.trunc(position);
  const index = whole > 0 ? whole - 1 : list.length + whole;
  if (whole === 0 || index < 0 || index >= list.length) return null;
  return list.map((item, i) => (i === index ? newItem : item));
}

function listReplace(): FeelFunction {
  return new FeelFunction((...[given, position, newItem, match]: unknown[]) => {
    if (given === null || given === undefined) return null;
    const list = Array.isArray(given) ? given : [given];
    const selector = match ?? position;
    if (typeof selector === 'number') return replaceAt(list, selector, newItem);
    return selector instanceof FeelFunction ? replaceByMatch(list, selector, newItem) : null;
  }, ['list', 'position', 'newItem', 'match']);
}

const MIN_SCALE = -6111;
const MAX_SCALE = 6176;

function scaled(name: string): FeelFunction {
  const fallback = original(name);
  return new FeelFunction((n: unknown, scale: unknown) => {
    if (isInteger(scale) && (scale < MIN_SCALE || scale > MAX_SCALE)) return null;
    return fallback(n, scale);
  }, ['n', 'scale']);
}

function sameness(): FeelFunction {
  const fallback = original('is');
  return new FeelFunction((value1: unknown, value2: unknown) => {
    if (value1 instanceof FeelDuration && value2 instanceof FeelDuration && value1.yearsMonths !== value2.yearsMonths) return false;
    return fallback(value1, value2);
  }, ['value1', 'value2']);
}

/** Whitespace is dropped outside character classes (the `x` flag). */
function withoutWhitespace(pattern: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && depth > 0) depth--;
    if (depth > 0 || !/\s/.test(ch)) out += ch;
  }
  return out;
}

interface RegexCall {
  pattern: string;
  flags: string;
}

/** XML Schema pattern and flags → what feelin's JavaScript regular expressions accept; null when invalid. */
export function xsdRegex(pattern: unknown, flags: unknown): RegexCall | null {
  if (typeof pattern !== 'string' || (flags !== undefined && flags !== null && typeof flags !== 'string')) return null;
  const given = typeof flags === 'string' ? flags : '';
  if (!/^[smixq]*$/.test(given)) return null;
  let translated = given.includes('x') ? withoutWhitespace(pattern) : pattern;
  if (/(^|[^\\])(\\\\)*\\0/.test(translated)) return null;
  if (/\[[^\]]*-\[/.test(translated)) {
    const subtraction = /\[([^[\]]*)-\[([^\]]*)\]\]/g;
    translated = translated.replace(subtraction, (_match, base: string, minus: string) => `(?:(?![${minus}])[${base}])`);
  }
  return { pattern: translated, flags: given.replace('x', '') };
}

function regexFunction(name: 'matches' | 'replace'): FeelFunction {
  const fallback = original(name);
  if (name === 'matches') {
    return new FeelFunction((input: unknown, pattern: unknown, flags: unknown) => {
      const call = xsdRegex(pattern, flags);
      return call ? fallback(input, call.pattern, call.flags) : null;
    }, ['input', 'pattern', 'flags']);
  }
  return new FeelFunction((...[input, pattern, replacement, flags]: unknown[]) => {
    const call = xsdRegex(pattern, flags);
    return call ? fallback(input, call.pattern, replacement, call.flags) : null;
  }, ['input', 'pattern', 'replacement', 'flags']);
}

function range(): FeelFunction {
  return new FeelFunction((from: unknown) => (typeof from === 'string' ? parseRangeLiteral(from) : null), ['from']);
}

export const FEEL_BUILTINS: Record<string, unknown> = {
  ...RANGE_FUNCTIONS,
  ...ARITHMETIC_FUNCTIONS,
  ...TEMPORAL_FUNCTIONS,
  range: range(),
  'list replace': listReplace(),
  'round up': scaled('round up'),
  'round down': scaled('round down'),
  'round half up': scaled('round half up'),
  'round half down': scaled('round half down'),
  is: sameness(),
  matches: regexFunction('matches'),
  replace: regexFunction('replace'),
};
