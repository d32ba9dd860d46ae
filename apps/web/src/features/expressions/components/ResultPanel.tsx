import type { CompiledExpression, Diagnostic, EvalResult } from '@flowforge/expressions';
import { SquareFunction } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { Card } from '../../../ui/display/Card';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { formatType } from '../sample/sample-fields';
import { formatValue } from '../value-format';
import { DiagnosticList } from './DiagnosticList';

interface ResultPanelProps {
  source: string;
  compiled: CompiledExpression;
  evaluation: EvalResult | null;
  diagnostics: readonly Diagnostic[];
  /** False while the sample data cannot be read: there is no value to show then. */
  isSampleValid: boolean;
  onSelectRange: (from: number, to: number) => void;
}

/** Inferred type, value and problems of the expression in the editor. */
export function ResultPanel({ source, compiled, evaluation, diagnostics, isSampleValid, onSelectRange }: ResultPanelProps) {
  const t = useT();
  if (source.trim() === '') {
    return (
      <Card title={t('expressions.resultTitle')}>
        <EmptyState icon={SquareFunction} title={t('expressions.emptyTitle')} description={t('expressions.emptyDescription')} />
      </Card>
    );
  }
  const type = formatType(compiled.type);
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return (
    <Card title={t('expressions.resultTitle')}>
      <div className="flex flex-col gap-5">
        <p role="status" className="sr-only">
          {errorCount === 0 ? t('expressions.summaryOk', { type }) : t('expressions.summaryProblems', { count: errorCount })}
        </p>
        <dl className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-fg-muted">{t('expressions.type')}</dt>
            <dd><code className="font-mono text-sm break-all">{type}</code></dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-fg-muted">{t('expressions.value')}</dt>
            <dd>
              {evaluation && isSampleValid ? (
                <pre data-testid="expression-value" className="max-h-72 overflow-auto rounded-control bg-sunken p-3 font-mono text-sm whitespace-pre-wrap break-all">
                  {formatValue(evaluation.value)}
                </pre>
              ) : (
                <p className="text-fg-muted">{t(isSampleValid ? 'expressions.noValue' : 'expressions.noValueSample')}</p>
              )}
            </dd>
          </div>
        </dl>
        <section aria-label={t('expressions.problems')} className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t('expressions.problemsCount', { count: diagnostics.length })}</h3>
          <DiagnosticList source={source} diagnostics={diagnostics} onSelect={onSelectRange} />
        </section>
      </div>
    </Card>
  );
}
