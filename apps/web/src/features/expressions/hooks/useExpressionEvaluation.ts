import { compileExpression, type Diagnostic } from '@flowforge/expressions';
import { useMemo } from 'react';
import { createBrowserEvalContext } from '../browser-context';
import { inferFieldTypes } from '../sample/sample-fields';

/** Compiles the expression against the sample's field types and runs it on the sample values. */
export function useExpressionEvaluation(source: string, values: Readonly<Record<string, unknown>>) {
  const fields = useMemo(() => inferFieldTypes(values), [values]);
  const compiled = useMemo(() => compileExpression(source, { fields }), [source, fields]);
  const evaluation = useMemo(
    () => (compiled.ok ? compiled.run({ ...values }, createBrowserEvalContext()) : null),
    [compiled, values],
  );
  const diagnostics: readonly Diagnostic[] = useMemo(
    () => [...compiled.diagnostics, ...(evaluation?.diagnostics ?? [])],
    [compiled, evaluation],
  );
  return { fields, compiled, evaluation, diagnostics };
}
