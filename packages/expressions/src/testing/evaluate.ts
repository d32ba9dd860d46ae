/** Test helper: compile and run an expression with a fixed clock and zone. */
import { compileExpression } from '../compile-expression.ts';
import type { CompileOptions, EvalContext, EvalResult } from '../types.ts';

export const NOW = Date.UTC(2024, 2, 15, 10, 0, 0);

export function contextOf(overrides: Partial<EvalContext> = {}): EvalContext {
  return { now: () => NOW, timeZone: 'Europe/Berlin', user: { id: 'u-1', roles: ['manager'], props: { department: 'finance' } }, ...overrides };
}

export function evaluate(source: string, values: Record<string, unknown> = {}, options: { context?: Partial<EvalContext>; compile?: CompileOptions } = {}): EvalResult & { ok: boolean } {
  const compiled = compileExpression(source, options.compile);
  return { ok: compiled.ok, ...compiled.run(values, contextOf(options.context)) };
}

export function valueOf(source: string, values: Record<string, unknown> = {}, context: Partial<EvalContext> = {}): unknown {
  const result = evaluate(source, values, { context });
  if (!result.ok) return { error: result.diagnostics.map((d) => d.code) };
  return result.value;
}
