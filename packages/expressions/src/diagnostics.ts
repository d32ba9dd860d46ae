/** Building diagnostics from a code, a message and a source span. */
import type { Span } from './syntax/ast.ts';
import type { Diagnostic } from './types.ts';

export function problem(code: string, message: string, span: Span): Diagnostic {
  return { code, message, from: span.from, to: span.to, severity: 'error' };
}

export function warning(code: string, message: string, span: Span): Diagnostic {
  return { code, message, from: span.from, to: span.to, severity: 'warning' };
}
