import type { EvaluationResult, MatchedRule } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';

function ruleList(rules: readonly MatchedRule[], none: string, label: (rule: number) => string): string {
  return rules.length === 0 ? none : rules.map((rule) => label(rule.index + 1)).join(', ');
}

/** The result of one evaluation and which rules matched and were taken. */
export function ResultView({ result }: { result: EvaluationResult }) {
  const t = useT();
  const label = (rule: number) => t('decisions.test.ruleNumber', { rule });
  return (
    <section aria-label={t('decisions.test.result')} className="flex flex-col gap-3 rounded-card border border-border bg-sunken p-4">
      <div>
        <h3 className="text-sm font-medium text-fg-muted">{t('decisions.test.resultOf', { version: result.version })}</h3>
        <pre data-testid="evaluation-result" className="mt-1 overflow-x-auto font-mono text-sm whitespace-pre-wrap">{JSON.stringify(result.result ?? null, null, 2)}</pre>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-fg-muted">{t('decisions.test.matched')}</dt>
        <dd>{ruleList(result.matchedRules, t('decisions.test.noRule'), label)}</dd>
        <dt className="text-fg-muted">{t('decisions.test.selected')}</dt>
        <dd>{ruleList(result.selectedRules, t('decisions.test.noRule'), label)}</dd>
      </dl>
    </section>
  );
}
