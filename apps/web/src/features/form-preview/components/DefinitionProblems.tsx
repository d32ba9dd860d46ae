import { useT } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';
import { CircleAlert, TriangleAlert } from 'lucide-react';
import { joinClassNames } from '../../../ui/class-names';
import type { DefinitionProblem } from '../definition/definition-check';

/** Problems of the definition: JSON syntax, schema (with the JSON path), fields, expressions, cycles. */
export function DefinitionProblems({ problems }: { problems: readonly DefinitionProblem[] }) {
  const t = useT();
  if (problems.length === 0) return <p className="text-sm text-success-fg">{t('formPreview.definitionValid')}</p>;
  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  const list = (
    <ul className="mt-1 flex flex-col gap-1.5">
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${problem.path}-${String(index)}`} className="flex flex-col gap-0.5">
          <span className="flex flex-wrap items-center gap-2">
            {problem.severity === 'warning' && <Badge tone="warning">{t('formPreview.warning')}</Badge>}
            {problem.path !== '' && <code className="font-mono text-xs">{problem.path}</code>}
            <code className="font-mono text-xs opacity-80">{problem.code}</code>
          </span>
          <span>{problem.message}</span>
        </li>
      ))}
    </ul>
  );
  // Not a live region: it changes on every keystroke; the textarea's aria-describedby points here.
  const Icon = errorCount === 0 ? TriangleAlert : CircleAlert;
  return (
    <div className={joinClassNames('flex gap-2.5 rounded-control border p-3', errorCount === 0 ? 'border-warning/40 bg-warning-subtle text-warning-fg' : 'border-danger/40 bg-danger-subtle text-danger-fg')}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 text-sm">
        <p className="font-medium">
          {errorCount === 0 ? t('formPreview.definitionWarnings', { count: problems.length }) : t('formPreview.definitionErrors', { count: errorCount })}
        </p>
        {list}
      </div>
    </div>
  );
}
