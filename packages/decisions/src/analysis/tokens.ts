/**
 * Tokens of the FEEL unary-test subset the analyser understands: number, string and date literals
 * (`date("2026-01-01")`, `@"2026-01-01"`), `true`/`false`/`null`/`not`, comparison operators and
 * interval punctuation. Anything else (names, function calls, `?`, escapes, comments) stops the
 * tokenizer: the text is then not analysable and feelin evaluates it.
 */
import { date as parseFeelDate, FeelDate } from 'feelin';
import { dayOfDate } from './days.ts';

export type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'date'; value: number }
  | { kind: 'keyword'; value: 'true' | 'false' | 'null' | 'not' }
  | { kind: 'operator'; value: '<' | '<=' | '>' | '>=' | '=' | '!=' }
  | { kind: 'punctuation'; value: '[' | ']' | '(' | ')' | '..' | ',' };

export interface TokenizeOptions {
  /** Names in scope: a name `date` or `not` would shadow the function, so such text is not analysed. */
  names?: readonly string[];
}

const WHITESPACE = /\s+/y;
const NUMBER = /-?(?:\d+(?:\.\d+)?|\.\d+)/y;
const STRING = /"([^"\\\n\r]*)"/y;
const AT_LITERAL = /@"([^"\\\n\r]*)"/y;
const DATE_CALL = /date\s*\(\s*"([^"\\]*)"\s*\)/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /<=|>=|!=|<|>|=/y;
const PUNCTUATION = /\.\.|[[\](),]/y;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEYWORDS = new Set(['true', 'false', 'null', 'not']);

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Day number of a FEEL date literal's text, or null when feelin would not read it as a date. */
function dateDay(text: string): number | null {
  if (!ISO_DATE.test(text)) return null;
  const parsed = parseFeelDate(text);
  return parsed instanceof FeelDate ? dayOfDate(parsed) : null;
}

interface Scanned {
  token: Token;
  length: number;
}

function scanLiteral(text: string, at: number, options: TokenizeOptions): Scanned | null | undefined {
  const number = match(NUMBER, text, at);
  if (number) return { token: { kind: 'number', value: Number(number[0]) }, length: number[0].length };
  const string = match(STRING, text, at);
  if (string) return { token: { kind: 'string', value: string[1] ?? '' }, length: string[0].length };
  const dated = match(AT_LITERAL, text, at) ?? (options.names?.includes('date') ? null : match(DATE_CALL, text, at));
  if (dated) {
    const day = dateDay(dated[1] ?? '');
    return day === null ? null : { token: { kind: 'date', value: day }, length: dated[0].length };
  }
  return undefined;
}

function scanSymbol(text: string, at: number, options: TokenizeOptions): Scanned | null {
  const word = match(WORD, text, at);
  if (word) {
    const value = word[0];
    if (!KEYWORDS.has(value) || options.names?.includes(value)) return null;
    return { token: { kind: 'keyword', value: value as 'true' }, length: value.length };
  }
  const operator = match(OPERATOR, text, at);
  if (operator) return { token: { kind: 'operator', value: operator[0] as '<' }, length: operator[0].length };
  const punctuation = match(PUNCTUATION, text, at);
  if (punctuation) return { token: { kind: 'punctuation', value: punctuation[0] as '[' }, length: punctuation[0].length };
  return null;
}

/** The tokens of `text`, or null as soon as something outside the analysable subset appears. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = match(WHITESPACE, text, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const literal = scanLiteral(text, at, options);
    if (literal === null) return null;
    const scanned = literal ?? scanSymbol(text, at, options);
    if (!scanned) return null;
    tokens.push(scanned.token);
    at += scanned.length;
  }
  return tokens;
}
