/**
 * @flowforge/expressions — the FlowForge formula language (spec §8.3.1, §8.4): parse → check →
 * compile to closures → evaluate, editor tooling and a SQL subset. Pure: no I/O, no clock, no
 * randomness; the host passes the clock, the time zone, the user and host functions.
 */
export { checkExpression, compileExpression } from './compile-expression.ts';
export type { CheckedExpression } from './compile-expression.ts';
export { parse } from './syntax/parser.ts';
export { print } from './syntax/printer.ts';
export { tokenize } from './tooling/tokenize.ts';
export { complete } from './tooling/complete.ts';
export { hover } from './tooling/hover.ts';
export { toSql } from './sql/to-sql.ts';
export { renderExpressionDocs } from './docs/render-docs.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export { checkPattern as checkRegexPattern, type PatternCheck } from './runtime/regex-guard.ts';
export type { Expr } from './syntax/ast.ts';
export type { HighlightToken } from './tooling/tokenize.ts';
export type { CompletionItem } from './tooling/complete.ts';
export type { HoverInfo } from './tooling/hover.ts';
export type { SqlOptions, SqlResult } from './sql/sql-builder.ts';
export type {
  CompiledExpression, CompileOptions, Diagnostic, EvalContext, EvalResult, ExprType, FieldTypes, HostFunctions,
  HostFunctionSignature, HostFunctionSignatures, Limits, ParamSpec,
} from './types.ts';
