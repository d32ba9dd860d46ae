/**
 * Printer: syntax tree → canonical source. Parsing the output gives the same tree (spans aside):
 * fields print as `${path}`, functions and keywords upper case, strings single-quoted.
 */
import type { Expr, ExprOf } from './ast.ts';
import { PRECEDENCE, precedenceOf } from './ast.ts';
import { isPlainIdentifier } from './lexer.ts';

type Printers = { [K in Expr['type']]: (expr: ExprOf<K>) => string };

const PRINTERS: Printers = {
  literal: (expr) => printLiteral(expr.value),
  number: (expr) => expr.text,
  field: (expr) => '${' + expr.path.join('.') + '}',
  list: (expr) => '[' + expr.items.map(print).join(', ') + ']',
  record: (expr) => '{' + expr.entries.map((entry) => `${printKey(entry.key)}: ${print(entry.value)}`).join(', ') + '}',
  call: (expr) => expr.name + '(' + expr.args.map(print).join(', ') + ')',
  member: (expr) => wrap(expr.object, PRECEDENCE.member) + '.' + expr.name,
  unary: (expr) => expr.op + wrap(expr.operand, PRECEDENCE.unary),
  postfix: (expr) => wrap(expr.operand, PRECEDENCE.EMPTY) + ' ' + expr.op,
  ternary: (expr) => `${wrap(expr.test, PRECEDENCE.ternary + 1)} ? ${print(expr.then)} : ${wrap(expr.otherwise, PRECEDENCE.ternary)}`,
  binary: (expr) => `${wrap(expr.left, PRECEDENCE[expr.op])} ${expr.op} ${wrap(expr.right, PRECEDENCE[expr.op] + 1)}`,
};

/** Prints an expression in canonical form, with the fewest parentheses that keep its meaning. */
export function print(expr: Expr): string {
  return (PRINTERS[expr.type] as (expr: Expr) => string)(expr);
}

function wrap(expr: Expr, minimum: number): string {
  const text = print(expr);
  return precedenceOf(expr) < minimum ? `(${text})` : text;
}

function printKey(key: string): string {
  return isPlainIdentifier(key) ? key : printLiteral(key);
}

/** A string literal in single quotes with the escapes the lexer understands. */
export function printLiteral(value: null | boolean | string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let out = "'";
  for (const char of value) out += escapeChar(char);
  return out + "'";
}

const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

function escapeChar(char: string): string {
  const named = NAMED_ESCAPES[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return '\\u' + code.toString(16).padStart(4, '0');
  return char;
}
