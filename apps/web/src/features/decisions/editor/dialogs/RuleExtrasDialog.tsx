// A rule's §11.3 settings in a dialog: explicit priority, effective dates and the rules it
// overrides. Apply saves them as one undo step.
import { useId, useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { Checkbox } from '../../../../ui/controls/Checkbox';
import { TextField } from '../../../../ui/controls/TextField';
import { Dialog } from '../../../../ui/overlays/Dialog';
import type { DecisionRule, DecisionTable, TableCommand } from '../decision-model';
import {
  extrasDraftOf, extrasPatchOf, toggleOverride, validateExtrasDraft, type RuleExtrasDraft, type RuleExtrasError,
} from './rule-extras-form';

interface RuleExtrasDialogProps {
  table: DecisionTable;
  ruleId: string;
  onApply: (command: TableCommand) => void;
  onClose: () => void;
}

export function RuleExtrasDialog({ table, ruleId, onApply, onClose }: RuleExtrasDialogProps) {
  const index = table.rules.findIndex((rule) => rule.id === ruleId);
  const rule = table.rules[index];
  if (!rule) return null;
  return <RuleExtrasForm table={table} rule={rule} number={index + 1} onApply={onApply} onClose={onClose} />;
}

function useExtrasErrorMessage(): (error: RuleExtrasError | undefined) => string | undefined {
  const t = useT();
  return (error) => (error ? t(`decisionEditor.ruleDialog.error.${error}`) : undefined);
}

interface RuleExtrasFormProps extends Omit<RuleExtrasDialogProps, 'ruleId'> {
  rule: DecisionRule;
  number: number;
}

function RuleExtrasForm({ table, rule, number, onApply, onClose }: RuleExtrasFormProps) {
  const t = useT();
  const formId = useId();
  const errorOf = useExtrasErrorMessage();
  const [draft, setDraft] = useState<RuleExtrasDraft>(() => extrasDraftOf(rule));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const errors = validateExtrasDraft(draft);
  const shown = isSubmitted ? errors : {};
  const change = (patch: Partial<RuleExtrasDraft>) => { setDraft((current) => ({ ...current, ...patch })); };
  const footer = (
    <>
      <Button onClick={onClose}>{t('decisionEditor.dialog.cancel')}</Button>
      <Button type="submit" form={formId} variant="primary">{t('decisionEditor.dialog.apply')}</Button>
    </>
  );
  return (
    <Dialog open onClose={onClose} title={t('decisionEditor.ruleDialog.title', { number })} description={t('decisionEditor.ruleDialog.description')} footer={footer}>
      <form
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          setIsSubmitted(true);
          if (Object.keys(errors).length > 0) return;
          onApply({ type: 'setRuleExtras', ruleId: rule.id, patch: extrasPatchOf(draft, table.rules.map((other) => other.id)) });
          onClose();
        }}
      >
        <TextField label={t('decisionEditor.ruleDialog.priority')} hint={t('decisionEditor.ruleDialog.priorityHint')} error={errorOf(shown.priority)} value={draft.priority} inputMode="numeric" className="tabular-nums" onChange={(event) => { change({ priority: event.target.value }); }} />
        <div className="grid grid-cols-2 gap-3">
          <TextField type="date" label={t('decisionEditor.ruleDialog.validFrom')} error={errorOf(shown.validFrom)} value={draft.validFrom} onChange={(event) => { change({ validFrom: event.target.value }); }} />
          <TextField type="date" label={t('decisionEditor.ruleDialog.validTo')} error={errorOf(shown.validTo)} value={draft.validTo} onChange={(event) => { change({ validTo: event.target.value }); }} />
        </div>
        <p className="-mt-2 text-sm text-fg-muted">{t('decisionEditor.ruleDialog.datesHint')}</p>
        <OverridesField table={table} rule={rule} draft={draft} onToggle={(id, isOn) => { setDraft((current) => toggleOverride(current, id, isOn)); }} />
      </form>
    </Dialog>
  );
}

interface OverridesFieldProps {
  table: DecisionTable;
  rule: DecisionRule;
  draft: RuleExtrasDraft;
  onToggle: (ruleId: string, isOn: boolean) => void;
}

function OverridesField({ table, rule, draft, onToggle }: OverridesFieldProps) {
  const t = useT();
  const hintId = useId();
  const others = table.rules.map((other, index) => ({ other, number: index + 1 })).filter(({ other }) => other.id !== rule.id);
  return (
    <fieldset aria-describedby={hintId} className="flex flex-col gap-1.5">
      <legend className="text-sm font-medium">{t('decisionEditor.ruleDialog.overrides')}</legend>
      <p id={hintId} className="text-sm text-fg-muted">{t('decisionEditor.ruleDialog.overridesHint')}</p>
      {others.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('decisionEditor.ruleDialog.noOtherRules')}</p>
      ) : (
        <div className="flex max-h-48 flex-col gap-1 overflow-y-auto rounded-control border border-border p-2">
          {others.map(({ other, number }) => (
            <Checkbox
              key={other.id}
              label={other.annotation.trim() === '' ? t('decisionEditor.rule', { number }) : t('decisionEditor.ruleDialog.ruleWithNote', { number, note: other.annotation })}
              checked={draft.overrideIds.includes(other.id)}
              onChange={(event) => { onToggle(other.id, event.target.checked); }}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
