/** Checking a function call: known name, argument count, argument kinds, result type. */
import { problem } from '../diagnostics.ts';
import { arityOf, paramAt, signatureOf, type FunctionDef } from '../functions/function-def.ts';
import type { ExprOf } from '../syntax/ast.ts';
import type { ExprType } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import { acceptsType, T, typeToString } from './expr-types.ts';
import { didYouMean, suggest } from './suggest.ts';

function reportUnknown(checker: CheckContext, expr: ExprOf<'call'>): ExprType {
  const hint = didYouMean(suggest(expr.name, checker.env.functionNames()).map((name) => `${name}()`));
  const span = { from: expr.span.from, to: expr.span.from + expr.name.length };
  checker.report(problem('unknown-function', hint ? `Unknown function ${expr.name}().${hint}` : `Unknown function ${expr.name}()`, span));
  return T.any;
}

/** Reports a wrong argument count; returns whether the count is right. */
function checkArity(checker: CheckContext, def: FunctionDef, expr: ExprOf<'call'>): boolean {
  const { min, max } = arityOf(def.params);
  const count = expr.args.length;
  if (count >= min && count <= max) return true;
  const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  const noun = expected === '1' ? 'argument' : 'arguments';
  checker.report(problem('wrong-arity', `${def.name}() takes ${expected} ${noun}, got ${count}: ${signatureOf(def)}`, expr.span));
  return false;
}

export function checkCall(checker: CheckContext, expr: ExprOf<'call'>): ExprType {
  const argTypes = expr.args.map((arg) => checker.typeOf(arg));
  const def = checker.env.findFunction(expr.name);
  if (!def) return reportUnknown(checker, expr);
  const returns = typeof def.returns === 'function' ? def.returns(argTypes) : def.returns;
  if (!checkArity(checker, def, expr)) return returns;
  argTypes.forEach((type, index) => {
    const param = paramAt(def.params, index);
    const arg = expr.args[index];
    if (param && arg && !acceptsType(param.kind, type)) {
      checker.report(problem('type-mismatch', `${def.name}() expects ${param.name} to be ${param.kind}, not ${typeToString(type)}`, arg.span));
    }
  });
  return returns;
}
