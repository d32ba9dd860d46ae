/** Where a diagnostic is: offsets clamped to the source, and 1-based line and column for people. */
import type { Diagnostic } from '@flowforge/expressions';

export interface SourceRange {
  from: number;
  to: number;
}

/** The diagnostic's range inside a document of `length` characters (never reversed or outside). */
export function clampRange(diagnostic: Pick<Diagnostic, 'from' | 'to'>, length: number): SourceRange {
  const clamp = (offset: number) => Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, length));
  const from = clamp(diagnostic.from);
  return { from, to: Math.max(from, clamp(diagnostic.to)) };
}

/** The 1-based line and column of an offset (a column counts UTF-16 units, as editors do). */
export function toLineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Diagnostics as @codemirror/lint wants them: clamped, the code as the source. */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], length: number) {
  return diagnostics.map((diagnostic) => ({
    ...clampRange(diagnostic, length),
    severity: diagnostic.severity,
    message: diagnostic.message,
    source: diagnostic.code,
  }));
}
