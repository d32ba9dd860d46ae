import type { MatchedRule } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Badge } from '../../../ui/display/Badge';
import { expectedText, formatResult } from '../logic/scenarios';

export interface ScenarioOutcome {
  passed: boolean;
  actual: unknown;
  matchedRules: MatchedRule[];
  error: string | null;
}

/** Passed, or failed with the actual result (which can become the expected one, when editable) or the error. */
export function ScenarioOutcomeCell({ outcome, onUseActual }: { outcome: ScenarioOutcome | undefined; onUseActual?: ((text: string) => void) | undefined }) {
  const t = useT();
  if (!outcome) return <span className="text-fg-muted">{t('decisions.scenarios.notRun')}</span>;
  const rules = outcome.matchedRules.map((rule) => rule.index + 1).join(', ');
  return (
    <div className="flex min-w-40 flex-col items-start gap-1">
      <Badge tone={outcome.passed ? 'success' : 'danger'}>{t(outcome.passed ? 'decisions.scenarios.passed' : 'decisions.scenarios.failed')}</Badge>
      {outcome.error === null
        ? <span className="font-mono text-xs">{t('decisions.scenarios.actual', { value: formatResult(outcome.actual) })}</span>
        : <span className="text-xs text-danger-fg">{outcome.error}</span>}
      {rules !== '' && <span className="text-xs text-fg-muted">{t('decisions.scenarios.rules', { rules })}</span>}
      {!outcome.passed && outcome.error === null && onUseActual && (
        <Button size="sm" variant="ghost" onClick={() => { onUseActual(expectedText(outcome.actual)); }}>{t('decisions.scenarios.useActual')}</Button>
      )}
    </div>
  );
}
