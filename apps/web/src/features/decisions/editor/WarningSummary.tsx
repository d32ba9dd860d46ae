// Above the grid: how many verification warnings there are, the gaps (inputs no rule matches, with
// a witness input) and a pointer to the rows that carry the other warnings.
import { TriangleAlert } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import type { DecisionInput } from './decision-model';
import { describeWitness, type ArrangedWarnings } from './warnings';

interface WarningSummaryProps {
  warnings: ArrangedWarnings;
  total: number;
  inputs: readonly DecisionInput[];
}

export function WarningSummary({ warnings, total, inputs }: WarningSummaryProps) {
  const t = useT();
  if (total === 0) return null;
  const onRules = total - warnings.general.length;
  return (
    <section aria-label={t('decisionEditor.warnings.summary', { count: total })} className="flex gap-2.5 rounded-control border border-warning/40 bg-warning-subtle p-3 text-warning-fg">
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="min-w-0 text-sm">
        <p className="font-medium">{t('decisionEditor.warnings.summary', { count: total })}</p>
        {warnings.general.length > 0 && (
          <ul className="mt-1 flex flex-col gap-0.5">
            {warnings.general.map((warning, index) => {
              const witness = describeWitness(warning.witness, inputs);
              return (
                <li key={`${warning.kind}-${String(index)}`}>
                  {warning.kind === 'gap' && witness !== ''
                    ? t('decisionEditor.warnings.gap', { witness })
                    : t('decisionEditor.warnings.other', { kind: t(`decisionEditor.warnings.kind.${warning.kind}`), message: warning.message })}
                </li>
              );
            })}
          </ul>
        )}
        {onRules > 0 && <p className="mt-1">{t('decisionEditor.warnings.onRules', { count: onRules })}</p>}
      </div>
    </section>
  );
}
