import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { DrgDiagram } from './DrgDiagram';
import { DrgList } from './DrgList';
import type { DmnModelInfo } from './useDmnModel';

interface DmnModelViewProps {
  model: DmnModelInfo;
  /** The decision the test panel runs; '' runs the model's top decision. */
  decision: string;
  onDecision: (name: string) => void;
}

/** An imported DMN model: its requirements diagram, the same as a list, and the decision to test. */
export function DmnModelView({ model, decision, onDecision }: DmnModelViewProps) {
  const t = useT();
  const options = [{ value: '', label: t('decisions.dmn.topDecision') }, ...model.decisions.map((name) => ({ value: name, label: name }))];
  return (
    <section aria-label={t('decisions.drg.title')} className="flex flex-col gap-4 rounded-card border border-border bg-raised p-4 shadow-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 className="font-semibold">{t('decisions.drg.title')}</h2>
        <div className="w-72">
          <Field label={t('decisions.dmn.decision')} hint={t('decisions.dmn.decisionHint')}>
            {(control) => <Select {...control} options={options} value={decision} onChange={(event) => { onDecision(event.target.value); }} />}
          </Field>
        </div>
      </div>
      <DrgDiagram graph={model.graph} selected={decision === '' ? undefined : decision} onPick={onDecision} />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{t('decisions.drg.showList')}</summary>
        <div className="mt-2"><DrgList graph={model.graph} /></div>
      </details>
    </section>
  );
}
