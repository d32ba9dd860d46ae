/**
 * Tokens for syntax highlighting. Never throws; every character of the source outside white space
 * is covered by exactly one token, including malformed parts (`invalid`).
 */
import { lex, type Token } from '../syntax/lexer.ts';

export type HighlightKind = 'field' | 'function' | 'keyword' | 'number' | 'string' | 'operator' | 'punctuation' | 'invalid';

/** A highlighted range of the source. */
export type HighlightToken = { kind: HighlightKind; from: number; to: number };

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '.', ':']);

/**
 * Splits an expression into highlight tokens.
 * @example tokenize('${a} > 1') // [{ kind: 'field', from: 0, to: 4 }, { kind: 'operator', … }, { kind: 'number', … }]
 */
export function tokenize(source: string): HighlightToken[] {
  if (typeof source !== 'string') return [];
  const tokens = lex(source).tokens;
  const out: HighlightToken[] = [];
  const braces: ('field' | 'record')[] = [];
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const token = tokens[index] as Token;
    const lone = token.kind === 'field-open' ? lonePathEnd(tokens, index) : -1;
    if (lone !== -1) {
      out.push({ kind: 'field', from: token.from, to: (tokens[lone] as Token).to });
      index = lone;
      continue;
    }
    out.push({ kind: classify(tokens, index, braces), from: token.from, to: token.to });
  }
  return out;
}

function isPathPart(token: Token | undefined): boolean {
  return token?.kind === 'identifier' || token?.kind === 'keyword';
}

function isPunct(token: Token | undefined, value: string): boolean {
  return token?.kind === 'punct' && token.value === value;
}

/** Index of the `}` closing `${a.b}` when only a path is inside, else -1. */
function lonePathEnd(tokens: Token[], open: number): number {
  for (let index = open + 1; isPathPart(tokens[index]); index += 2) {
    if (isPunct(tokens[index + 1], '}')) return index + 1;
    if (!isPunct(tokens[index + 1], '.')) return -1;
  }
  return -1;
}

function classify(tokens: Token[], index: number, braces: ('field' | 'record')[]): HighlightKind {
  const token = tokens[index] as Token;
  const isCall = isPunct(tokens[index + 1], '(');
  switch (token.kind) {
    case 'field-open': braces.push('field'); return 'field';
    case 'identifier': return isCall ? 'function' : 'field';
    case 'keyword': return token.value === 'NOT' && isCall ? 'function' : 'keyword';
    case 'punct': return classifyPunct(token.value, braces);
    case 'eof': return 'invalid';
    default: return token.kind;
  }
}

function classifyPunct(value: string, braces: ('field' | 'record')[]): HighlightKind {
  if (value === '{') braces.push('record');
  if (value === '}') return braces.pop() === 'field' ? 'field' : 'punctuation';
  return PUNCTUATION.has(value) ? 'punctuation' : 'operator';
}
