import type { Expr } from './ast.ts';
import { childrenOf } from './children.ts';

/**
 * Whether a tree nests deeper than `limit` (a leaf is depth 1). The recursion stops at the limit,
 * so any tree is safe to measure, however deep its left-leaning chains are.
 */
export function exceedsDepth(expr: Expr, limit: number): boolean {
  if (limit <= 0) return true;
  switch (expr.type) {
    case 'literal': case 'number': case 'field': return false;
    case 'binary': return exceedsDepth(expr.left, limit - 1) || exceedsDepth(expr.right, limit - 1);
    case 'unary': case 'postfix': return exceedsDepth(expr.operand, limit - 1);
    case 'member': return exceedsDepth(expr.object, limit - 1);
    default: return childrenOf(expr).some((child) => exceedsDepth(child, limit - 1));
  }
}
