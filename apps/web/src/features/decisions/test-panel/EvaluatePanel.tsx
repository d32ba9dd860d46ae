import { useMutation } from '@tanstack/react-query';
import { ListPlus, Play } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { EvaluationResult } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { evaluateDecision } from '../api/decisions-api';
import { InputForm } from './InputForm';
import { InputModeSwitch } from './InputModeSwitch';
import { JsonInputs } from './JsonInputs';
import { ResultView } from './ResultView';
import { RunProblem } from './RunProblem';
import { highlightOfFailure, highlightOfResult, type RuleHighlight } from './rule-highlight';
import { whenPrepared, type TestTarget } from './test-target';
import { useInputsEditor } from './useInputsEditor';

interface EvaluatePanelProps {
  target: TestTarget;
  /** The rules the grid highlights after an evaluation — or after a failed one, those the problem names. */
  onEvaluated: (rules: RuleHighlight) => void;
  /** Keeps the evaluated input and its result as a scenario (left out for those who may not change scenarios). */
  onKeep?: ((inputs: Record<string, unknown>, result: unknown) => void) | undefined;
}

interface Evaluated {
  inputs: Record<string, unknown>;
  result: EvaluationResult;
}

/** Evaluate one input: a typed field per input column, or raw JSON; shows the result and the rules. */
export function EvaluatePanel({ target, onEvaluated, onKeep }: EvaluatePanelProps) {
  const t = useT();
  const editor = useInputsEditor(target.fields);
  const [at, setAt] = useState('');
  // Field errors show once Evaluate was pressed, not while a value is half typed.
  const [hasTried, setHasTried] = useState(false);
  const evaluate = useMutation({
    mutationFn: (inputs: Record<string, unknown>) => whenPrepared(target, async (): Promise<Evaluated> => {
      const result = await evaluateDecision(target.decisionId, { inputs, version: target.version, decision: target.decision, at: at === '' ? undefined : at });
      return { inputs, result };
    }),
    onSuccess: ({ result }) => { onEvaluated(highlightOfResult(result)); },
    onError: (error) => { onEvaluated(highlightOfFailure(error)); },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTried(true);
    if (editor.inputs) evaluate.mutate(editor.inputs);
  };
  return (
    <form className="flex flex-col gap-4" onSubmit={submit} noValidate aria-label={t('decisions.test.evaluateTitle')}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-fg-muted">{t('decisions.test.evaluateHint', { version: target.versionLabel })}</p>
        <InputModeSwitch mode={editor.mode} onChange={editor.switchMode} isFormAvailable={target.fields.length > 0} />
      </div>
      {editor.mode === 'form'
        ? <InputForm fields={target.fields} texts={editor.texts} errors={hasTried ? editor.form.errors : {}} onChange={editor.setTexts} />
        : <JsonInputs text={editor.json} parsed={editor.parsedJson} onChange={editor.setJson} />}
      {editor.mode === 'form' && target.hasComplexInputs && <p className="text-sm text-fg-muted">{t('decisions.test.complexInputs')}</p>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <TextField label={t('decisions.test.at')} type="date" value={at} onChange={(event) => { setAt(event.target.value); }} />
        </div>
        <Button variant="primary" type="submit" icon={Play} isLoading={evaluate.isPending}>{t('decisions.test.evaluate')}</Button>
        {evaluate.data && onKeep && (
          <Button icon={ListPlus} onClick={() => { onKeep(evaluate.data.inputs, evaluate.data.result.result); }}>{t('decisions.test.keep')}</Button>
        )}
      </div>
      {evaluate.isError && <RunProblem error={evaluate.error} table={target.table} />}
      {evaluate.data && !evaluate.isError && <ResultView result={evaluate.data.result} />}
    </form>
  );
}
