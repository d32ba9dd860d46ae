import { CircleCheck } from 'lucide-react';
import type { DecisionTable, VerificationWarning } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Badge, type BadgeTone } from '../../../ui/display/Badge';
import { describeWarning } from '../logic/warnings';

const TONES: Record<VerificationWarning['kind'], BadgeTone> = { syntax: 'danger', overlap: 'warning', gap: 'info', subsumed: 'neutral' };
// Messages of gaps and overlaps already name their example input; others get it on its own line.
const STATES_WITNESS: ReadonlySet<VerificationWarning['kind']> = new Set(['gap', 'overlap']);

interface WarningsListProps {
  table: DecisionTable;
  warnings: readonly VerificationWarning[];
  failed: boolean;
}

/** The verification's findings as a list: what, which rules, and an input that shows it. */
export function WarningsList({ table, warnings, failed }: WarningsListProps) {
  const t = useT();
  if (failed) return <p className="text-sm text-danger-fg">{t('decisions.warnings.failed')}</p>;
  if (warnings.length === 0) {
    return <p className="inline-flex items-center gap-2 text-sm text-fg-muted"><CircleCheck aria-hidden="true" className="size-4 text-success" />{t('decisions.warnings.none')}</p>;
  }
  return (
    <ul aria-label={t('decisions.warnings.title')} className="flex flex-col gap-2">
      {warnings.map((warning, index) => {
        const described = describeWarning(table, warning);
        return (
          <li key={`${warning.kind}-${warning.ruleIds.join('-')}-${String(index)}`} className="flex flex-col gap-1 rounded-control border border-border p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={TONES[warning.kind]}>{t(`decisions.warnings.kind.${warning.kind}`)}</Badge>
              {described.rules.length > 0 && <span className="font-medium">{t('decisions.warnings.rules', { rules: described.rules.join(', ') })}</span>}
            </div>
            <p>{warning.message}</p>
            {described.witness.length > 0 && !STATES_WITNESS.has(warning.kind) && (
              <p className="text-fg-muted">
                {t('decisions.warnings.witness')}{' '}
                <span className="font-mono text-xs">{described.witness.map((entry) => `${entry.column} = ${entry.value}`).join(', ')}</span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
