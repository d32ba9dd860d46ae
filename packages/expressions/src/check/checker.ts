/**
 * The checker: infers the type of every node and reports unknown fields and functions (with
 * "did you mean"), wrong argument counts, definite type mismatches and unsafe literal patterns.
 * It also collects the field paths the expression reads.
 */
import { checkPattern } from '../runtime/regex-guard.ts';
import type { Expr, ExprOf } from '../syntax/ast.ts';
import { problem } from '../diagnostics.ts';
import type { Diagnostic, ExprType } from '../types.ts';
import type { CheckContext, CheckEnv } from './check-context.ts';
import { checkBinary } from './check-binary.ts';
import { checkCall } from './check-call.ts';
import { listOf, memberType, T, typeToString, unifyAll, unifyTypes } from './expr-types.ts';
import { propertyNames, resolveField } from './field-scope.ts';
import { didYouMean, suggest } from './suggest.ts';

export type CheckResult = { type: ExprType; diagnostics: Diagnostic[]; references: string[] };

export class Checker implements CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly references = new Set<string>();

  constructor(readonly env: CheckEnv) {}

  report(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  typeOf(expr: Expr): ExprType {
    return (CHECKS[expr.type] as (checker: Checker, expr: Expr) => ExprType)(this, expr);
  }

  checkPatternLiteral(expr: Expr): void {
    if (expr.type !== 'literal' || typeof expr.value !== 'string') return;
    const checked = checkPattern(expr.value, this.env.limits.maxRegexLength);
    if (!checked.ok) this.report(problem(checked.code, checked.message, expr.span));
  }

  checkField(expr: ExprOf<'field'>): ExprType {
    this.references.add(expr.path.length === 1 ? (expr.path[0] as string) : expr.path.join('.'));
    const resolution = resolveField(this.env.fields, expr.path);
    if (resolution.ok) return resolution.type;
    const missing = expr.path[resolution.failedAt] ?? '';
    const suggestions = suggest(missing, resolution.candidates);
    const functions = resolution.failedAt === 0 ? suggest(missing, this.env.functionNames()).map((name) => `${name}()`) : [];
    const where = resolution.failedAt === 0 ? 'field' : `property of ${expr.path.slice(0, resolution.failedAt).join('.')}`;
    const hint = didYouMean([...suggestions.map((name) => (resolution.failedAt === 0 ? '${' + name + '}' : name)), ...functions]);
    this.report(problem('unknown-field', hint ? `Unknown ${where} '${missing}'.${hint}` : `Unknown ${where} '${missing}'`, expr.span));
    return T.any;
  }

  checkUnary(expr: ExprOf<'unary'>): ExprType {
    const operand = this.typeOf(expr.operand);
    if (expr.op === '!') return T.boolean;
    if (operand.kind === 'number' || operand.kind === 'decimal') return operand;
    if (operand.kind !== 'any' && operand.kind !== 'null') this.report(problem('type-mismatch', `'-' needs a number, not ${typeToString(operand)}`, expr.span));
    return operand.kind === 'null' ? T.null : T.number;
  }

  checkMember(expr: ExprOf<'member'>): ExprType {
    const object = this.typeOf(expr.object);
    const type = memberType(object, expr.name);
    if (type !== undefined) return type;
    const names = propertyNames(object);
    const hint = didYouMean(suggest(expr.name, names));
    const message = names.length > 0 ? `Unknown property '${expr.name}'.${hint}` : `A ${typeToString(object)} has no property '${expr.name}'`;
    this.report(problem('unknown-property', hint ? message : message.replace(/\.$/, ''), expr.span));
    return T.any;
  }
}

type Checks = { [K in Expr['type']]: (checker: Checker, expr: ExprOf<K>) => ExprType };

const CHECKS: Checks = {
  literal: (_, expr) => (expr.value === null ? T.null : typeof expr.value === 'boolean' ? T.boolean : T.string),
  number: (_, expr) => (/[.eE]/.test(expr.text) ? T.decimal : T.number),
  field: (checker, expr) => checker.checkField(expr),
  list: (checker, expr) => listOf(unifyAll(expr.items.map((item) => checker.typeOf(item)))),
  record: (checker, expr) => ({ kind: 'record', fields: Object.fromEntries(expr.entries.map((entry) => [entry.key, checker.typeOf(entry.value)])) }),
  unary: (checker, expr) => checker.checkUnary(expr),
  postfix: (checker, expr) => { checker.typeOf(expr.operand); return T.boolean; },
  ternary: (checker, expr) => { checker.typeOf(expr.test); return unifyTypes(checker.typeOf(expr.then), checker.typeOf(expr.otherwise)); },
  member: (checker, expr) => checker.checkMember(expr),
  call: checkCall,
  binary: checkBinary,
};

/** Infers the type of an expression and reports what is wrong with it (see the module note). */
export function check(ast: Expr, env: CheckEnv): CheckResult {
  const checker = new Checker(env);
  const type = checker.typeOf(ast);
  return { type, diagnostics: checker.diagnostics, references: [...checker.references] };
}
