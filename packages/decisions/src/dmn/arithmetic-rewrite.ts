/**
 * Rewrites FEEL text so the arithmetic operators and the negation of anything but a number
 * literal call the helpers of duration-arithmetic.ts and temporal-arithmetic.ts
 * (`a * b` → `__ff_multiply((a), (b))`), because feelin's operators miss parts of DMN's
 * arithmetic over durations, dates and times. Parsed with feelin's own parser, with the names in
 * scope so names with spaces stay whole; text that does not parse is left as it is.
 */
import type { SyntaxNode } from '@lezer/common';
import { parseExpression } from 'feelin';

const HELPERS: Record<string, string> = { '*': '__ff_multiply', '/': '__ff_divide', '+': '__ff_add', '-': '__ff_subtract' };

function hasError(node: SyntaxNode): boolean {
  let found = false;
  node.toTree().iterate({ enter: (child) => { if (child.type.isError) found = true; return !found; } });
  return found;
}

function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

function render(node: SyntaxNode, text: string): string {
  const children = childrenOf(node);
  if (node.name === 'ArithmeticExpression') {
    const rewritten = rewriteOperation(children, text);
    if (rewritten !== null) return rewritten;
  }
  let out = '';
  let at = node.from;
  for (const child of children) {
    out += text.slice(at, child.from) + render(child, text);
    at = child.to;
  }
  return out + text.slice(at, node.to);
}

function isOperator(node: SyntaxNode | undefined, text: string): node is SyntaxNode {
  return node?.name === 'ArithOp' && text.length > 0;
}

function rewriteBinary([left, op, right]: SyntaxNode[], text: string): string | null {
  if (!left || !right || !isOperator(op, text)) return null;
  const helper = HELPERS[text.slice(op.from, op.to)];
  return helper ? `${helper}((${render(left, text)}), (${render(right, text)}))` : null;
}

function rewriteNegation([op, operand]: SyntaxNode[], text: string): string | null {
  if (!operand || !isOperator(op, text) || text.slice(op.from, op.to) !== '-' || operand.name === 'NumericLiteral') return null;
  return `__ff_negate((${render(operand, text)}))`;
}

function rewriteOperation(children: SyntaxNode[], text: string): string | null {
  if (children.length === 3) return rewriteBinary(children, text);
  return children.length === 2 ? rewriteNegation(children, text) : null;
}

/** The text with `*`, `/`, `+`, `-` and non-literal negations turned into helper calls. */
export function rewriteArithmetic(text: string, names: readonly string[]): string {
  if (!/[*/+-]/.test(text)) return text;
  const context: Record<string, null> = {};
  for (const name of names) context[name] = null;
  const tree = parseExpression(text, context, undefined);
  const top = tree.topNode;
  if (hasError(top)) return text;
  return render(top, text);
}
