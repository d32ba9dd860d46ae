/**
 * Lexer: source text → tokens with spans. Never throws; unknown characters become `invalid` tokens
 * and malformed strings produce diagnostics. Keywords are case-insensitive (value is upper case).
 */
import type { Diagnostic } from '../types.ts';

export type TokenKind = 'number' | 'string' | 'identifier' | 'keyword' | 'field-open' | 'punct' | 'invalid' | 'eof';
export type Token = { kind: TokenKind; from: number; to: number; value: string };

export const KEYWORDS = new Set(['TRUE', 'FALSE', 'NULL', 'IN', 'NOT', 'CONTAINS', 'EMPTY', 'MATCHES']);
/** First letter and length of each keyword: upper-casing every identifier would be the lexer's main cost. */
const KEYWORD_SHAPES = new Set([...KEYWORDS].map((keyword) => keyword.charCodeAt(0) * 16 + keyword.length));

function mayBeKeyword(text: string): boolean {
  // ASCII letters only: a keyword starts with one; `& ~32` upper-cases it
  return text.length <= 8 && KEYWORD_SHAPES.has((text.charCodeAt(0) & ~32) * 16 + text.length);
}
const TWO_CHAR = new Set(['==', '!=', '>=', '<=', '&&', '||']);
const ONE_CHAR = new Set(['>', '<', '!', '+', '-', '*', '/', '%', '?', ':', ',', '.', '(', ')', '[', ']', '{', '}', '=']);
const IDENT_START = /[\p{L}\p{M}_]/u;
const IDENT_PART = /[\p{L}\p{M}\p{N}_]/u;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', b: '\b', f: '\f', v: '\v' };

export type LexResult = { tokens: Token[]; diagnostics: Diagnostic[] };

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

export function isIdentifierStart(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? isAsciiLetter(code) : IDENT_START.test(char);
}

export function isIdentifierPart(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || (code >= 48 && code <= 57);
  return IDENT_PART.test(char);
}

/** Whether `name` can be written bare (identifier shape, not a keyword). */
export function isPlainIdentifier(name: string): boolean {
  if (name.length === 0 || KEYWORDS.has(name.toUpperCase())) return false;
  const chars = Array.from(name);
  return isIdentifierStart(chars[0] ?? '') && chars.every(isIdentifierPart);
}

export function lex(source: string): LexResult {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let pos = 0;
  while (pos < source.length) {
    const code = source.charCodeAt(pos);
    if (code === 32 || code === 9 || code === 10 || code === 13) { pos += 1; continue; }
    const token = readToken(source, pos, diagnostics);
    tokens.push(token);
    pos = token.to;
  }
  tokens.push({ kind: 'eof', from: source.length, to: source.length, value: '' });
  return { tokens, diagnostics };
}

function readToken(source: string, pos: number, diagnostics: Diagnostic[]): Token {
  const char = source[pos] ?? '';
  const code = source.charCodeAt(pos);
  if (code >= 48 && code <= 57) return readNumber(source, pos);
  if (char === "'" || char === '"') return readString(source, pos, diagnostics);
  if (isAsciiLetter(code)) return readIdentifier(source, pos);
  return readSymbol(source, pos) ?? readWord(source, pos, diagnostics);
}

const SINGLE_PUNCT = new Set([...ONE_CHAR].map((char) => char.charCodeAt(0)));

function readSymbol(source: string, pos: number): Token | null {
  const code = source.charCodeAt(pos);
  const next = source.charCodeAt(pos + 1);
  if (code === 36 && next === 123) return { kind: 'field-open', from: pos, to: pos + 2, value: '${' };
  if (next === 61 || next === 38 || next === 124) {
    const two = source.slice(pos, pos + 2);
    if (TWO_CHAR.has(two)) return { kind: 'punct', from: pos, to: pos + 2, value: two };
  }
  return SINGLE_PUNCT.has(code) ? { kind: 'punct', from: pos, to: pos + 1, value: source[pos] as string } : null;
}

function readWord(source: string, pos: number, diagnostics: Diagnostic[]): Token {
  const point = String.fromCodePoint(source.codePointAt(pos) ?? 0);
  if (isIdentifierStart(point)) return readIdentifier(source, pos);
  diagnostics.push({ code: 'unexpected-character', message: `Unexpected character '${point}'`, from: pos, to: pos + point.length, severity: 'error' });
  return { kind: 'invalid', from: pos, to: pos + point.length, value: point };
}

const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function readNumber(source: string, start: number): Token {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(source);
  const text = match?.[0] ?? source[start] ?? '0';
  return { kind: 'number', from: start, to: start + text.length, value: text };
}

function readIdentifier(source: string, start: number): Token {
  let pos = start;
  while (pos < source.length) {
    const code = source.charCodeAt(pos);
    if (code < 128) {
      if (!isAsciiLetter(code) && !(code >= 48 && code <= 57)) break;
      pos += 1;
      continue;
    }
    const point = String.fromCodePoint(source.codePointAt(pos) ?? 0);
    if (!isIdentifierPart(point)) break;
    pos += point.length;
  }
  const text = source.slice(start, pos);
  const upper = mayBeKeyword(text) ? text.toUpperCase() : '';
  return KEYWORDS.has(upper) ? { kind: 'keyword', from: start, to: pos, value: upper } : { kind: 'identifier', from: start, to: pos, value: text };
}

function readString(source: string, start: number, diagnostics: Diagnostic[]): Token {
  const quote = source[start];
  const quoteCode = source.charCodeAt(start);
  let pos = start + 1;
  let value = '';
  while (pos < source.length && source[pos] !== quote) {
    if (source[pos] !== '\\') {
      const end = plainRunEnd(source, pos, quoteCode);
      value += source.slice(pos, end);
      pos = end;
      continue;
    }
    const escape = readEscape(source, pos);
    if (escape.value === null) {
      diagnostics.push({ code: 'invalid-escape', message: `Invalid escape sequence '${source.slice(pos, escape.to)}'`, from: pos, to: escape.to, severity: 'error' });
    }
    value += escape.value ?? '';
    pos = escape.to;
  }
  if (pos >= source.length) {
    diagnostics.push({ code: 'unterminated-string', message: 'The text is missing its closing quote', from: start, to: source.length, severity: 'error' });
    return { kind: 'string', from: start, to: source.length, value };
  }
  return { kind: 'string', from: start, to: pos + 1, value };
}

/** End of the run of characters that are neither the closing quote nor a backslash. */
function plainRunEnd(source: string, start: number, quoteCode: number): number {
  let end = start;
  while (end < source.length) {
    const code = source.charCodeAt(end);
    if (code === quoteCode || code === 92) break;
    end += 1;
  }
  return end;
}

function readEscape(source: string, pos: number): { value: string | null; to: number } {
  const letter = source[pos + 1];
  if (letter === undefined) return { value: null, to: pos + 1 };
  const simple = ESCAPES[letter];
  if (simple !== undefined) return { value: simple, to: pos + 2 };
  if (letter !== 'u') return { value: null, to: pos + 2 };
  const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(pos + 2, pos + 10));
  if (braced?.[1]) {
    const point = parseInt(braced[1], 16);
    return { value: point <= 0x10ffff ? String.fromCodePoint(point) : null, to: pos + 2 + braced[0].length };
  }
  const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(pos + 2, pos + 6));
  if (hex) return { value: String.fromCharCode(parseInt(hex[0], 16)), to: pos + 6 };
  return { value: null, to: pos + 2 };
}
