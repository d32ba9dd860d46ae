// FEEL syntax checking of what the user types: input entries are unary tests (empty = `-`), output
// entries and input expressions are expressions (required), default values and allowed values are
// optional. Results are cached by text and names, because grids repeat the same entries a lot and
// re-render on every keystroke.
import { expressionSyntaxProblem, unaryTestsSyntaxProblem } from '@flowforge/decisions';

export type FeelCellKind = 'unaryTests' | 'expression' | 'optionalExpression';

export type CellProblem =
  | { code: 'empty' }
  | { code: 'syntax'; detail: string; from: number; to: number };

const CACHE_LIMIT = 5000;
const cache = new Map<string, CellProblem | null>();

function check(kind: FeelCellKind, text: string, names: readonly string[]): CellProblem | null {
  if (text.trim() === '') return kind === 'expression' ? { code: 'empty' } : null;
  const problem = kind === 'unaryTests' ? unaryTestsSyntaxProblem(text, names) : expressionSyntaxProblem(text, names);
  return problem ? { code: 'syntax', detail: problem.message, from: problem.from, to: problem.to } : null;
}

/** The syntax problem of a FEEL cell, or null when it parses. `names` are the FEEL names in scope. */
export function feelCellProblem(kind: FeelCellKind, text: string, names: readonly string[] = []): CellProblem | null {
  const key = `${kind}\u0000${names.join('\u0001')}\u0000${text}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const problem = check(kind, text, names);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, problem);
  return problem;
}

/** Splits text around a problem's range for underlining; an empty range marks the whole text. */
export function splitAtProblem(text: string, problem: { from: number; to: number }): [string, string, string] {
  const from = Math.min(Math.max(problem.from, 0), text.length);
  const to = Math.min(Math.max(problem.to, from), text.length);
  if (to === from) return from >= text.length ? ['', text, ''] : [text.slice(0, from), text.slice(from, from + 1), text.slice(from + 1)];
  return [text.slice(0, from), text.slice(from, to), text.slice(to)];
}

/**
 * The names FEEL must know to parse the table's cells: those the host passes (e.g. process
 * variables) plus every input expression that is a plain name, since names may contain spaces.
 */
export function scopeNamesOf(inputs: readonly { expression: string }[], extra: readonly string[] = []): string[] {
  const names = new Set(extra);
  for (const input of inputs) {
    const expression = input.expression.trim();
    if (/^[\p{L}_][\p{L}\p{N}_ ]*$/u.test(expression)) names.add(expression);
  }
  return [...names].sort();
}
