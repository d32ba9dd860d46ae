/**
 * Completion for editors: fields in scope (with types), properties after `${record}.` or inside
 * `${record.`, functions (with signatures) and keywords. Positions are offsets in the source.
 */
import { elementType, typeToString } from '../check/expr-types.ts';
import { propertyNames, resolveField } from '../check/field-scope.ts';
import { BUILTIN_FUNCTIONS } from '../functions/registry.ts';
import { lex } from '../syntax/lexer.ts';
import type { ExprType, FieldTypes } from '../types.ts';
import { functionMarkdown, signatureOf } from './function-info.ts';
import { OPERATOR_DOCS } from './operator-docs.ts';

/** One completion: `apply` replaces the source from `from` to `to`. */
export type CompletionItem = { label: string; kind: 'field' | 'property' | 'function' | 'keyword'; detail: string; info?: string; apply: string; from: number; to: number };

const KEYWORDS = ['IN', 'NOT IN', 'CONTAINS', 'EMPTY', 'NOT EMPTY', 'MATCHES', 'true', 'false', 'null'];
const INSIDE_FIELD = /\$\{((?:[\p{L}\p{M}\p{N}_]+\.)*)([\p{L}\p{M}\p{N}_]*)$/u;
const AFTER_FIELD_DOT = /\$\{([\p{L}\p{M}\p{N}_.]+)\}\.([\p{L}\p{M}\p{N}_]*)$/u;
const WORD = /[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;

/**
 * Completion items at `position` (an offset into `source`), filtered by the word being typed.
 * @example complete('SU', 2, {}) // SUM, SUMIF, SUBSTRING…
 */
export function complete(source: string, position: number, fields: FieldTypes = {}): CompletionItem[] {
  if (typeof source !== 'string') return [];
  const at = clampPosition(source, position);
  if (isInsideString(source, at)) return [];
  const before = source.slice(Math.max(0, at - 500), at);
  const inside = INSIDE_FIELD.exec(before);
  if (inside) return completePath(fields, splitPath(inside[1]), { prefix: inside[2] ?? '', at });
  const member = AFTER_FIELD_DOT.exec(before);
  if (member) return completePath(fields, splitPath(member[1]), { prefix: member[2] ?? '', at });
  return completeWord(fields, { prefix: WORD.exec(before)?.[0] ?? '', at });
}

function clampPosition(source: string, position: number): number {
  return Math.max(0, Math.min(Number.isFinite(position) ? position : source.length, source.length));
}

function splitPath(text = ''): string[] {
  return text.split('.').filter(Boolean);
}

type Typed = { prefix: string; at: number };

function isInsideString(source: string, at: number): boolean {
  return lex(source).tokens.some((token) => token.kind === 'string' && token.from < at && (at < token.to || (at === token.to && !isClosed(source, token))));
}

function isClosed(source: string, token: { from: number; to: number }): boolean {
  return token.to - token.from >= 2 && source[token.to - 1] === source[token.from];
}

function startsWith(name: string, prefix: string): boolean {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}

function completePath(fields: FieldTypes, path: string[], { prefix, at }: Typed): CompletionItem[] {
  const from = at - prefix.length;
  if (path.length === 0) {
    return Object.entries(fields).filter(([name]) => startsWith(name, prefix))
      .map(([name, type]) => ({ label: name, kind: 'field', detail: typeToString(type), apply: name, from, to: at }));
  }
  const resolution = resolveField(fields, path);
  if (!resolution.ok) return [];
  const target = elementType(resolution.type);
  return propertyNames(target).filter((name) => startsWith(name, prefix))
    .map((name) => ({ label: name, kind: 'property', detail: typeToString(propertyType(target, name)), apply: name, from, to: at }));
}

function propertyType(type: ExprType, name: string): ExprType {
  return type.kind === 'record' ? (type.fields[name] ?? { kind: 'any' }) : { kind: 'any' };
}

function completeWord(fields: FieldTypes, { prefix, at }: Typed): CompletionItem[] {
  const from = at - prefix.length;
  const fieldItems: CompletionItem[] = Object.entries(fields).filter(([name]) => startsWith(name, prefix))
    .map(([name, type]) => ({ label: '${' + name + '}', kind: 'field', detail: typeToString(type), apply: '${' + name + '}', from, to: at }));
  const functionItems: CompletionItem[] = BUILTIN_FUNCTIONS.filter((def) => startsWith(def.name, prefix))
    .map((def) => ({ label: def.name, kind: 'function', detail: signatureOf(def), info: functionMarkdown(def), apply: `${def.name}(`, from, to: at }));
  const keywordItems: CompletionItem[] = KEYWORDS.filter((keyword) => startsWith(keyword, prefix))
    .map((keyword) => ({ label: keyword, kind: 'keyword', detail: OPERATOR_DOCS[keyword.toUpperCase()]?.syntax ?? keyword, info: OPERATOR_DOCS[keyword.toUpperCase()]?.description, apply: keyword, from, to: at }));
  return [...fieldItems, ...functionItems, ...keywordItems];
}
