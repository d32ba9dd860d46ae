/** Hover documentation: functions (signature and docs), operators and keywords, fields (type). */
import { typeToString } from '../check/expr-types.ts';
import { resolveField } from '../check/field-scope.ts';
import { BUILTIN_TABLE } from '../functions/registry.ts';
import { lex, type Token } from '../syntax/lexer.ts';
import type { FieldTypes } from '../types.ts';
import { functionMarkdown } from './function-info.ts';
import { OPERATOR_DOCS } from './operator-docs.ts';

/** What to show for the range `from`–`to` under the pointer (Markdown). */
export type HoverInfo = { from: number; to: number; markdown: string };

/**
 * Documentation for the token at `position`, or null.
 * @example hover('SUM(${a})', 1)?.markdown // '`SUM(...values: any) → number` …'
 */
export function hover(source: string, position: number, fields?: FieldTypes): HoverInfo | null {
  if (typeof source !== 'string') return null;
  const tokens = lex(source).tokens;
  const index = tokens.findIndex((token) => token.kind !== 'eof' && token.from <= position && position < token.to);
  const token = tokens[index];
  if (!token) return null;
  if (isCallName(tokens, index)) {
    const def = BUILTIN_TABLE.find(source.slice(token.from, token.to).toUpperCase());
    return def ? { from: token.from, to: token.to, markdown: functionMarkdown(def) } : null;
  }
  if (token.kind === 'identifier') return hoverField(tokens, index, fields);
  const doc = token.kind === 'keyword' || token.kind === 'punct' ? OPERATOR_DOCS[keywordKey(tokens, index)] : undefined;
  return doc ? { from: token.from, to: token.to, markdown: `\`${doc.syntax}\`\n\n${doc.description}\n\nExample: \`${doc.example}\`` } : null;
}

function isCallName(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  return next?.kind === 'punct' && next.value === '(' && (token.kind === 'identifier' || token.kind === 'keyword');
}

const NEGATABLE = new Set(['IN', 'EMPTY']);

function isKeyword(token: Token | undefined, test: (value: string) => boolean): boolean {
  return token?.kind === 'keyword' && test(token.value);
}

/** NOT followed by IN/EMPTY, or IN/EMPTY preceded by NOT, documents the pair. */
function keywordKey(tokens: Token[], index: number): string {
  const token = tokens[index] as Token;
  if (token.value === 'NOT' && isKeyword(tokens[index + 1], (value) => NEGATABLE.has(value))) return `NOT ${tokens[index + 1]?.value}`;
  if (NEGATABLE.has(token.value) && isKeyword(tokens[index - 1], (value) => value === 'NOT')) return `NOT ${token.value}`;
  return token.value === ':' ? '?' : token.value;
}

/** The path an identifier belongs to (`a.b.c` around it), typed from the declared fields. */
function hoverField(tokens: Token[], index: number, fields?: FieldTypes): HoverInfo | null {
  let start = index;
  while (start >= 2 && tokens[start - 1]?.value === '.' && tokens[start - 2]?.kind === 'identifier') start -= 2;
  const path: string[] = [];
  for (let at = start; at <= index; at += 2) path.push((tokens[at] as Token).value);
  const resolution = resolveField(fields, path);
  const type = resolution.ok ? typeToString(resolution.type) : 'unknown field';
  const from = (tokens[start] as Token).from;
  return { from, to: (tokens[index] as Token).to, markdown: '`${' + path.join('.') + '}`: ' + type };
}
