/**
 * The SQL subset: an expression → a parameterized PostgreSQL fragment with the same meaning as
 * the evaluator, including null rules. In a filter position ("condition") a comparison may be
 * NULL where the evaluator says false, since WHERE treats both alike; under NOT or as a value it
 * is wrapped in COALESCE(…, FALSE), so `!(${a} > 1)` keeps rows where a is NULL, as the evaluator does.
 */
import { problem } from '../diagnostics.ts';
import { checkPattern } from '../runtime/regex-guard.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import type { Expr, ExprOf } from '../syntax/ast.ts';
import { parse } from '../syntax/parser.ts';
import { SqlBuilder, SqlUnsupported, type Mode, type SqlOptions, type SqlResult } from './sql-builder.ts';
import { translateCall } from './sql-functions.ts';

/**
 * Compiles the SQL subset of the language to a PostgreSQL fragment.
 * @param input source text or a parsed expression
 * @param options column mapping (trusted SQL), field types, parameter offset, user and clock
 * @returns `{ ok, sql, params, diagnostics }`; a construct outside the subset is a diagnostic
 * @example toSql("${region} IN ['EU', 'US']", { columns: { region: 't.region' } }) // sql '((t.region) IN ($1::text, $2::text))'
 */
export function toSql(input: string | Expr, options: SqlOptions): SqlResult {
  const parsed = typeof input === 'string' ? parse(input) : { ast: input, diagnostics: [] };
  if (!parsed.ast) return { ok: false, sql: '', params: [], diagnostics: parsed.diagnostics };
  const builder = new SqlBuilder(options ?? { columns: {} }, translate);
  try {
    return { ok: true, sql: translate(parsed.ast, builder, 'condition'), params: builder.params, diagnostics: [] };
  } catch (error) {
    const diagnostic = error instanceof SqlUnsupported ? error.diagnostic : problem('sql-failed', 'The expression could not be translated to SQL', parsed.ast.span);
    return { ok: false, sql: '', params: [], diagnostics: [diagnostic] };
  }
}

type Translators = { [K in Expr['type']]: (expr: ExprOf<K>, b: SqlBuilder, mode: Mode) => string };

const OUTSIDE = (what: string) => (expr: Expr, b: SqlBuilder): string => b.unsupported('sql-unsupported', `${what} is outside the SQL subset here`, expr);

const TRANSLATORS: Translators = {
  literal: (expr, b) => translateLiteral(expr, b),
  number: (expr, b) => b.param(expr.text, 'numeric'),
  field: (expr, b, mode) => (mode === 'value' ? b.column(expr.path, expr) : b.exactly(b.column(expr.path, expr), mode)),
  unary: (expr, b) => (expr.op === '!' ? `(NOT ${translate(expr.operand, b, 'exact')})` : `(-${translate(expr.operand, b, 'value')})`),
  postfix: (expr, b) => translateEmpty(expr, b),
  ternary: (expr, b) => `(CASE WHEN ${translate(expr.test, b, 'exact')} THEN ${translate(expr.then, b, 'value')} ELSE ${translate(expr.otherwise, b, 'value')} END)`,
  binary: (expr, b, mode) => translateBinary(expr, b, mode),
  call: (expr, b, mode) => translateCall(expr, b, mode),
  list: OUTSIDE('A list'),
  record: OUTSIDE('A record'),
  member: OUTSIDE('Property access'),
};

export function translate(expr: Expr, b: SqlBuilder, mode: Mode): string {
  return (TRANSLATORS[expr.type] as (expr: Expr, b: SqlBuilder, mode: Mode) => string)(expr, b, mode);
}

function translateLiteral(expr: ExprOf<'literal'>, b: SqlBuilder): string {
  if (expr.value === null) return 'NULL';
  return typeof expr.value === 'boolean' ? b.param(expr.value, 'boolean') : b.param(expr.value, 'text');
}

function translateEmpty(expr: ExprOf<'postfix'>, b: SqlBuilder): string {
  const operand = translate(expr.operand, b, 'value');
  const test = b.isListField(expr.operand) ? `(${operand} IS NULL OR cardinality(${operand}) = 0)` : `(${operand} IS NULL OR ${operand}::text = '')`;
  return expr.op === 'EMPTY' ? test : `(NOT ${test})`;
}

const ORDERING = new Set(['<', '>', '<=', '>=']);
const ARITHMETIC = new Set(['+', '-', '*']);

function translateBinary(expr: ExprOf<'binary'>, b: SqlBuilder, mode: Mode): string {
  const op = expr.op;
  if (op === '&&' || op === '||') {
    const inner = mode === 'condition' ? 'condition' : 'exact';
    return `(${translate(expr.left, b, inner)} ${op === '&&' ? 'AND' : 'OR'} ${translate(expr.right, b, inner)})`;
  }
  if (op === '==' || op === '!=') return translateEquality(expr, b, mode);
  if (op === 'IN' || op === 'NOT IN') return translateIn(expr, b, mode);
  if (ORDERING.has(op)) return b.exactly(`(${translate(expr.left, b, 'value')} ${op} ${translate(expr.right, b, 'value')})`, mode);
  return translateOther(expr, b, mode);
}

function translateOther(expr: ExprOf<'binary'>, b: SqlBuilder, mode: Mode): string {
  if (expr.op === 'MATCHES') return translateMatches(expr, b, mode);
  const left = translate(expr.left, b, 'value');
  const right = translate(expr.right, b, 'value');
  if (expr.op === 'CONTAINS') return b.exactly(b.isListField(expr.left) ? `(${right} = ANY(${left}))` : `(strpos(${left}, ${right}) > 0)`, mode);
  if (expr.op === '+' && (isText(expr.left) || isText(expr.right))) return `concat(${left}, ${right})`;
  if (ARITHMETIC.has(expr.op)) return `(${left} ${expr.op} ${right})`;
  return expr.op === '/' ? `(${left} / NULLIF(${right}, 0))` : `mod(${left}, NULLIF(${right}, 0))`;
}

/** MATCHES → `~` with the pattern as a parameter; only literal patterns that pass the guard. */
function translateMatches(expr: ExprOf<'binary'>, b: SqlBuilder, mode: Mode): string {
  const left = translate(expr.left, b, 'value');
  const pattern = expr.right;
  if (pattern.type !== 'literal' || typeof pattern.value !== 'string') return b.unsupported('sql-unsupported', 'MATCHES needs a literal pattern in SQL', pattern);
  const checked = checkPattern(pattern.value, DEFAULT_LIMITS.maxRegexLength);
  if (!checked.ok) return b.unsupported(checked.code, checked.message, pattern);
  return b.exactly(`(${left} ~ ${b.param(pattern.value, 'text')})`, mode);
}

function isText(expr: Expr): boolean {
  return expr.type === 'literal' && typeof expr.value === 'string';
}

function isNullLiteral(expr: Expr): boolean {
  return expr.type === 'literal' && expr.value === null;
}

function translateEquality(expr: ExprOf<'binary'>, b: SqlBuilder, mode: Mode): string {
  const negate = expr.op === '!=';
  const [subject, other] = isNullLiteral(expr.left) ? [expr.right, expr.left] : [expr.left, expr.right];
  if (isNullLiteral(other)) return `(${translate(subject, b, 'value')} IS ${negate ? 'NOT ' : ''}NULL)`;
  const left = translate(expr.left, b, 'value');
  const right = translate(expr.right, b, 'value');
  if (negate) return `(${left} IS DISTINCT FROM ${right})`;
  const literalSide = expr.left.type === 'literal' || expr.left.type === 'number' || expr.right.type === 'literal' || expr.right.type === 'number';
  return mode === 'condition' && literalSide ? `(${left} = ${right})` : `(${left} IS NOT DISTINCT FROM ${right})`;
}

function translateIn(expr: ExprOf<'binary'>, b: SqlBuilder, mode: Mode): string {
  const negate = expr.op === 'NOT IN';
  const left = translate(expr.left, b, 'value');
  let test: string;
  if (expr.right.type === 'list') {
    const items = expr.right.items.filter((item) => !isNullLiteral(item)).map((item) => translate(item, b, 'value'));
    const hasNull = expr.right.items.some(isNullLiteral);
    const member = items.length > 0 ? `${left} IN (${items.join(', ')})` : 'FALSE';
    test = hasNull ? `(${member} OR ${left} IS NULL)` : `(${member})`;
  } else if (b.isListField(expr.right)) {
    test = `(${left} = ANY(${translate(expr.right, b, 'value')}))`;
  } else {
    return b.unsupported('sql-unsupported', `${expr.op} needs a list literal or a list field in SQL`, expr.right);
  }
  return negate ? `(NOT COALESCE(${test}, FALSE))` : b.exactly(test, mode);
}
