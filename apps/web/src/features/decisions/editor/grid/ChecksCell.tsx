// The last cell of a rule row when verification found something: the rule's first warning with an
// icon, its kind and the verifier's message (one line; all of them in the tooltip and for screen
// readers), and how many more there are.
import { TriangleAlert } from 'lucide-react';
import { useT } from '../../../../lib/i18n';
import type { VerificationWarning } from '../decision-model';
import type { GridPosition } from './grid-layout';

interface ChecksCellProps {
  at: GridPosition;
  warnings: readonly VerificationWarning[] | undefined;
  isActive: boolean;
}

export function ChecksCell({ at, warnings, isActive }: ChecksCellProps) {
  const t = useT();
  const describe = (warning: VerificationWarning) => t('decisionEditor.warnings.other', { kind: t(`decisionEditor.warnings.kind.${warning.kind}`), message: warning.message });
  const first = warnings?.[0];
  const all = warnings?.map(describe) ?? [];
  return (
    <td
      role="gridcell"
      data-cell=""
      data-row={at.row}
      data-col={at.col}
      aria-colindex={at.col + 1}
      aria-readonly="true"
      tabIndex={isActive ? 0 : -1}
      title={all.length > 0 ? all.join('\n') : undefined}
      className="border-b border-border px-2 align-middle text-xs focus-visible:-outline-offset-2"
    >
      {first && (
        <span className="flex items-center gap-1.5 text-warning-fg">
          <TriangleAlert aria-hidden="true" className="size-3.5 shrink-0 text-warning" />
          <span aria-hidden="true" className="min-w-0 flex-1 truncate">
            <span className="font-medium">{t(`decisionEditor.warnings.kind.${first.kind}`)}: </span>
            <span className="text-fg">{first.message}</span>
          </span>
          {all.length > 1 && <span aria-hidden="true" className="shrink-0 font-medium">{t('decisionEditor.warnings.more', { count: all.length - 1 })}</span>}
          <span className="sr-only">{all.join(' ')}</span>
        </span>
      )}
    </td>
  );
}
