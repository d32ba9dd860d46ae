/** The syntax tree. Every node carries its source span; numbers keep their source text (exact). */

export type Span = { from: number; to: number };

export type BinaryOp =
  | '==' | '!=' | '<' | '>' | '<=' | '>='
  | '&&' | '||'
  | '+' | '-' | '*' | '/' | '%'
  | 'IN' | 'NOT IN' | 'CONTAINS' | 'MATCHES';

export type UnaryOp = '!' | '-';
export type PostfixOp = 'EMPTY' | 'NOT EMPTY';

export type Expr =
  | { type: 'literal'; value: null | boolean | string; span: Span }
  | { type: 'number'; text: string; span: Span }
  | { type: 'field'; path: string[]; span: Span }
  | { type: 'list'; items: Expr[]; span: Span }
  | { type: 'record'; entries: RecordEntry[]; span: Span }
  | { type: 'unary'; op: UnaryOp; operand: Expr; span: Span }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; span: Span }
  | { type: 'postfix'; op: PostfixOp; operand: Expr; span: Span }
  | { type: 'ternary'; test: Expr; then: Expr; otherwise: Expr; span: Span }
  | { type: 'member'; object: Expr; name: string; span: Span }
  | { type: 'call'; name: string; args: Expr[]; span: Span };

export type RecordEntry = { key: string; value: Expr };

export type ExprOf<T extends Expr['type']> = Extract<Expr, { type: T }>;

/** Binding powers shared by the parser and the printer (higher binds tighter). */
export const PRECEDENCE = {
  ternary: 2,
  '||': 4,
  '&&': 6,
  '==': 8, '!=': 8,
  '<': 10, '>': 10, '<=': 10, '>=': 10, IN: 10, 'NOT IN': 10, CONTAINS: 10, MATCHES: 10, EMPTY: 10, 'NOT EMPTY': 10,
  '+': 12, '-': 12,
  '*': 14, '/': 14, '%': 14,
  unary: 16,
  member: 18,
  primary: 20,
} as const;

export function precedenceOf(expr: Expr): number {
  switch (expr.type) {
    case 'binary': return PRECEDENCE[expr.op];
    case 'postfix': return PRECEDENCE[expr.op];
    case 'ternary': return PRECEDENCE.ternary;
    case 'unary': return PRECEDENCE.unary;
    case 'member': return PRECEDENCE.member;
    default: return PRECEDENCE.primary;
  }
}
