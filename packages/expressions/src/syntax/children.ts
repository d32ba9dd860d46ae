import type { Expr } from './ast.ts';

/** The direct sub-expressions of a node, in source order. */
export function childrenOf(expr: Expr): Expr[] {
  switch (expr.type) {
    case 'list': return expr.items;
    case 'record': return expr.entries.map((entry) => entry.value);
    case 'unary': case 'postfix': return [expr.operand];
    case 'binary': return [expr.left, expr.right];
    case 'ternary': return [expr.test, expr.then, expr.otherwise];
    case 'member': return [expr.object];
    case 'call': return expr.args;
    default: return [];
  }
}
