/**
 * FEEL syntax checks for editor cells and for compile time: feelin's lezer parser with the names in
 * scope (FEEL names may contain spaces, so the parser has to know them), reporting the first error
 * with its position.
 */
import { parseExpression, parseUnaryTests } from 'feelin';
import type { Tree } from '@lezer/common';

export interface FeelSyntaxProblem {
  message: string;
  from: number;
  to: number;
}

function firstError(tree: Tree, text: string): FeelSyntaxProblem | null {
  let problem: FeelSyntaxProblem | null = null;
  tree.iterate({
    enter(node) {
      if (problem) return false;
      if (!node.type.isError) return undefined;
      const near = text.slice(node.from, Math.max(node.to, node.from + 1)).trim();
      const parent = node.node.parent?.name;
      problem = {
        message: near ? `Unexpected "${near}"${parent ? ` in ${parent}` : ''}.` : `Incomplete expression${parent ? ` in ${parent}` : ''}.`,
        from: node.from,
        to: Math.max(node.to, node.from),
      };
      return false;
    },
  });
  return problem;
}

function scopeOf(names: readonly string[]): Record<string, null> {
  const scope: Record<string, null> = {};
  for (const name of names) scope[name] = null;
  return scope;
}

/**
 * Answers by kind, names and text: a parse costs 100–300 µs, and the editor checks every cell of a
 * large table again on each render while tables recompile the same cells. Bounded; answers are
 * immutable.
 */
const answers = new Map<string, FeelSyntaxProblem | null>();
const ANSWERS_MAX = 5_000;

function remembered(key: string, check: () => FeelSyntaxProblem | null): FeelSyntaxProblem | null {
  const known = answers.get(key);
  if (known !== undefined) return known;
  const answer = check();
  if (answers.size >= ANSWERS_MAX) answers.clear();
  answers.set(key, answer);
  return answer;
}

/** The first syntax error of a FEEL expression, or null when it parses. */
export function expressionSyntaxProblem(text: string, names: readonly string[] = []): FeelSyntaxProblem | null {
  if (text.trim() === '') return { message: 'Enter an expression.', from: 0, to: 0 };
  return remembered(`e\u0000${names.join('\u0001')}\u0000${text}`, () => firstError(parseExpression(text, scopeOf(names), undefined), text));
}

/** The first syntax error of FEEL unary tests (an input entry), or null when they parse. */
export function unaryTestsSyntaxProblem(text: string, names: readonly string[] = []): FeelSyntaxProblem | null {
  if (text.trim() === '') return null;
  return remembered(`u\u0000${names.join('\u0001')}\u0000${text}`, () => firstError(parseUnaryTests(text, scopeOf(names), undefined), text));
}
