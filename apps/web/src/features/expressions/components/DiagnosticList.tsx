import type { Diagnostic } from '@flowforge/expressions';
import { CircleCheck } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';
import { clampRange, toLineColumn } from '../editor/diagnostic-position';

interface DiagnosticListProps {
  source: string;
  diagnostics: readonly Diagnostic[];
  onSelect: (from: number, to: number) => void;
}

/** Problems with code, message and position; choosing one selects its range in the editor. */
export function DiagnosticList({ source, diagnostics, onSelect }: DiagnosticListProps) {
  const t = useT();
  if (diagnostics.length === 0) {
    return (
      <p className="flex items-center gap-2 text-success-fg">
        <CircleCheck aria-hidden="true" className="size-4" />
        {t('expressions.noProblems')}
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-2">
      {diagnostics.map((diagnostic, index) => {
        const range = clampRange(diagnostic, source.length);
        const position = toLineColumn(source, range.from);
        return (
          <li key={`${diagnostic.code}-${String(diagnostic.from)}-${String(index)}`}>
            <button
              type="button"
              onClick={() => { onSelect(range.from, range.to); }}
              title={t('expressions.problemSelect')}
              className="flex w-full flex-col items-start gap-1 rounded-control border border-border p-2.5 text-left hover:bg-hover"
            >
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone={diagnostic.severity === 'error' ? 'danger' : 'warning'}>{t(`expressions.severity.${diagnostic.severity}`)}</Badge>
                <code className="font-mono text-xs text-fg-muted">{diagnostic.code}</code>
                <span className="text-xs text-fg-muted">{t('expressions.problemPosition', position)}</span>
              </span>
              <span>{diagnostic.message}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
