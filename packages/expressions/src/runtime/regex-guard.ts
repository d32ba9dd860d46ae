/**
 * MATCHES safety. A pattern is accepted when it is at most `maxRegexLength` characters, compiles
 * as a JS regular expression (`u` flag), uses no backreferences, and has star height one: a group
 * repeated by `*`, `+`, `{n,}` or `{n,m}` with m > 10 may not itself contain repetition or
 * alternatives (`(a+)+`, `(a|a)*` take exponential time). Input longer than `maxMatchInputLength`
 * does not match, which bounds the remaining polynomial cases.
 */

export type PatternCheck = { ok: true; regex: RegExp } | { ok: false; code: string; message: string };

type Frame = { repeats: boolean; alternates: boolean };

const cache = new Map<string, PatternCheck>();

/** Checks a user-written pattern (MATCHES, form field patterns) against the rules above. */
export function checkPattern(source: string, maxLength: number): PatternCheck {
  const key = `${maxLength}:${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = analysePattern(source, maxLength);
  if (cache.size > 200) cache.clear();
  cache.set(key, result);
  return result;
}

function analysePattern(source: string, maxLength: number): PatternCheck {
  if (source.length > maxLength) return { ok: false, code: 'regex-too-long', message: `The pattern is longer than ${maxLength} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'u');
  } catch (error) {
    return { ok: false, code: 'invalid-regex', message: `The pattern is not a valid regular expression: ${(error as Error).message}` };
  }
  const unsafe = findUnsafeConstruct(source);
  return unsafe ? { ok: false, code: 'unsafe-regex', message: unsafe } : { ok: true, regex };
}

const NESTED = 'A repeated group may not contain repetition or alternatives (it can take exponential time)';

/** Returns why the pattern is unsafe, or null. */
function findUnsafeConstruct(source: string): string | null {
  const stack: Frame[] = [{ repeats: false, alternates: false }];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') {
      if (/^\\([1-9]|k<)/.test(source.slice(index, index + 3))) return 'Backreferences are not allowed in patterns';
      index += 2;
    } else if (char === '[') {
      index = skipClass(source, index);
    } else if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      index = skipGroupPrefix(source, index + 1);
    } else if (char === ')' && stack.length > 1) {
      if (!closeGroup(stack, readQuantifier(source, index + 1))) return NESTED;
      index += 1;
    } else {
      index = markAtom(stack[stack.length - 1] as Frame, source, index);
    }
  }
  return null;
}

/** Pops a group; false when it is repeated without bound and contains repetition or alternatives. */
function closeGroup(stack: Frame[], quantifier: string | null): boolean {
  const group = stack.pop() as Frame;
  if (quantifier && isUnbounded(quantifier) && (group.repeats || group.alternates)) return false;
  const parent = stack[stack.length - 1] as Frame;
  parent.repeats ||= group.repeats;
  parent.alternates ||= group.alternates;
  return true;
}

function markAtom(frame: Frame, source: string, index: number): number {
  if (source[index] === '|') frame.alternates = true;
  const quantifier = readQuantifier(source, index);
  if (quantifier && !quantifier.startsWith('?')) frame.repeats = true;
  return index + (quantifier ? quantifier.length : 1);
}

/** Skips `?:`, `?=`, `?!`, `?<=`, `?<!` and `?<name>` after an opening parenthesis. */
function skipGroupPrefix(source: string, index: number): number {
  if (source[index] !== '?') return index;
  const named = /^\?<[A-Za-z_$][\w$]*>/.exec(source.slice(index, index + 64));
  if (named) return index + named[0].length;
  return index + (source[index + 1] === '<' ? 3 : 2);
}

function skipClass(source: string, start: number): number {
  let index = start + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}

function readQuantifier(source: string, index: number): string | null {
  const char = source[index];
  if (char === '*' || char === '+' || char === '?') return source[index + 1] === '?' ? char + '?' : char;
  if (char !== '{') return null;
  const match = /^\{\d+(,\d*)?\}\??/.exec(source.slice(index, index + 24));
  return match ? match[0] : null;
}

function isUnbounded(quantifier: string): boolean {
  if (quantifier.startsWith('*') || quantifier.startsWith('+')) return true;
  if (quantifier.startsWith('?')) return false;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(quantifier);
  if (!match || match[2] === undefined) return false;
  return match[3] === '' || Number(match[3]) > 10;
}
