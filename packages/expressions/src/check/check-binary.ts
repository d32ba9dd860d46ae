/** Type rules of the binary operators. A definite mismatch is an error, a dubious one a warning. */
import { problem, warning } from '../diagnostics.ts';
import type { BinaryOp, ExprOf } from '../syntax/ast.ts';
import type { ExprType } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import { isNumericType, isUnknownType, T, typeToString } from './expr-types.ts';

const TEMPORAL = new Set(['date', 'datetime', 'string']);

type Rule = (checker: CheckContext, expr: ExprOf<'binary'>, types: [ExprType, ExprType]) => ExprType;

function comparable(a: ExprType, b: ExprType): boolean {
  if (isUnknownType(a) || isUnknownType(b) || a.kind === b.kind) return true;
  if (isNumericType(a) && isNumericType(b)) return true;
  return TEMPORAL.has(a.kind) && TEMPORAL.has(b.kind);
}

const comparison: Rule = (checker, expr, [left, right]) => {
  if (!comparable(left, right)) {
    const always = expr.op === '!=' ? 'true' : 'false';
    checker.report(warning('incomparable-types', `Comparing ${typeToString(left)} with ${typeToString(right)} is always ${always}`, expr.span));
  }
  return T.boolean;
};

const membership: Rule = (checker, expr, [, right]) => {
  if (!isUnknownType(right) && right.kind !== 'list') checker.report(problem('type-mismatch', `${expr.op} needs a list on the right, not ${typeToString(right)}`, expr.right.span));
  return T.boolean;
};

const containment: Rule = (checker, expr, [left]) => {
  if (!isUnknownType(left) && !['string', 'list', 'record'].includes(left.kind)) {
    checker.report(problem('type-mismatch', `CONTAINS needs a text, list or record on the left, not ${typeToString(left)}`, expr.left.span));
  }
  return T.boolean;
};

const matching: Rule = (checker, expr, [, right]) => {
  if (!isUnknownType(right) && right.kind !== 'string') checker.report(problem('type-mismatch', `MATCHES needs a text pattern, not ${typeToString(right)}`, expr.right.span));
  checker.checkPatternLiteral(expr.right);
  return T.boolean;
};

const arithmetic: Rule = (checker, expr, [left, right]) => {
  if (expr.op === '+' && (left.kind === 'string' || right.kind === 'string')) return T.string;
  if (expr.op === '+' && left.kind === 'list' && right.kind === 'list') return left;
  if ([left, right].some((type) => !isUnknownType(type) && !isNumericType(type))) {
    checker.report(problem('type-mismatch', `'${expr.op}' needs numbers, not ${typeToString(left)} and ${typeToString(right)}`, expr.span));
    return T.any;
  }
  return numericResult(expr.op, left, right);
};

function numericResult(op: BinaryOp, left: ExprType, right: ExprType): ExprType {
  if (left.kind === 'decimal' || right.kind === 'decimal' || op === '/') return T.decimal;
  return left.kind === 'number' && right.kind === 'number' ? T.number : T.any;
}

const RULES: Record<BinaryOp, Rule> = {
  '&&': () => T.boolean, '||': () => T.boolean,
  '==': comparison, '!=': comparison, '<': comparison, '>': comparison, '<=': comparison, '>=': comparison,
  IN: membership, 'NOT IN': membership, CONTAINS: containment, MATCHES: matching,
  '+': arithmetic, '-': arithmetic, '*': arithmetic, '/': arithmetic, '%': arithmetic,
};

export function checkBinary(checker: CheckContext, expr: ExprOf<'binary'>): ExprType {
  const types: [ExprType, ExprType] = [checker.typeOf(expr.left), checker.typeOf(expr.right)];
  return RULES[expr.op](checker, expr, types);
}
