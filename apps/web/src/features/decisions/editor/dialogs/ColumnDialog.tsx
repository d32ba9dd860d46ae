// Editing a column's properties in a dialog: an input's label, expression, type and allowed values,
// or an output's name, label, type, allowed values (in priority order) and default. FEEL is checked
// as the user types; Apply saves everything as one undo step.
import { FEEL_TYPES } from '@flowforge/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { Field } from '../../../../ui/controls/Field';
import { Select } from '../../../../ui/controls/Select';
import { TextField } from '../../../../ui/controls/TextField';
import { Dialog } from '../../../../ui/overlays/Dialog';
import {
  inputDraftOf, inputPatchOf, outputDraftOf, outputPatchOf, validateInputDraft, validateOutputDraft,
  type ColumnFieldError, type InputColumnDraft, type OutputColumnDraft,
} from './column-form';
import type { DecisionInput, DecisionOutput, DecisionTable, FeelType, TableCommand } from '../decision-model';
import { TextAreaField } from './TextAreaField';
import { useColumnErrorMessage } from './useColumnErrorMessage';

const TYPE_OPTIONS = FEEL_TYPES.map((type) => ({ value: type, label: type }));

interface ColumnDialogProps {
  table: DecisionTable;
  kind: 'input' | 'output';
  columnId: string;
  names: readonly string[];
  onApply: (command: TableCommand) => void;
  onClose: () => void;
}

export function ColumnDialog({ table, kind, columnId, names, onApply, onClose }: ColumnDialogProps) {
  const input = kind === 'input' ? table.inputs.find((column) => column.id === columnId) : undefined;
  const output = kind === 'output' ? table.outputs.find((column) => column.id === columnId) : undefined;
  if (input) return <InputColumnDialog input={input} names={names} onApply={onApply} onClose={onClose} />;
  if (output) {
    const otherNames = table.outputs.filter((column) => column.id !== columnId).map((column) => column.name);
    return <OutputColumnDialog output={output} names={names} otherNames={otherNames} onApply={onApply} onClose={onClose} />;
  }
  return null;
}

function DialogButtons({ formId, onClose }: { formId: string; onClose: () => void }) {
  const t = useT();
  return (
    <>
      <Button onClick={onClose}>{t('decisionEditor.dialog.cancel')}</Button>
      <Button type="submit" form={formId} variant="primary">{t('decisionEditor.dialog.apply')}</Button>
    </>
  );
}

function useFieldError(): (error: ColumnFieldError | undefined) => string | undefined {
  const describe = useColumnErrorMessage();
  return (error) => (error ? describe(error) : undefined);
}

function submitHandler(isValid: boolean, apply: () => void) {
  return (event: FormEvent) => {
    event.preventDefault();
    if (isValid) apply();
  };
}

interface InputColumnDialogProps extends Pick<ColumnDialogProps, 'names' | 'onApply' | 'onClose'> {
  input: DecisionInput;
}

function InputColumnDialog({ input, names, onApply, onClose }: InputColumnDialogProps) {
  const t = useT();
  const formId = useId();
  const errorOf = useFieldError();
  const [draft, setDraft] = useState<InputColumnDraft>(() => inputDraftOf(input));
  const errors = validateInputDraft(draft, names);
  const change = (patch: Partial<InputColumnDraft>) => { setDraft((current) => ({ ...current, ...patch })); };
  const apply = () => {
    onApply({ type: 'setColumn', kind: 'input', columnId: input.id, patch: inputPatchOf(draft) });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} title={t('decisionEditor.columnDialog.inputTitle')} description={t('decisionEditor.columnDialog.inputDescription')} footer={<DialogButtons formId={formId} onClose={onClose} />}>
      <form id={formId} noValidate onSubmit={submitHandler(Object.keys(errors).length === 0, apply)} className="flex flex-col gap-4">
        <TextField label={t('decisionEditor.columnDialog.label')} value={draft.label} maxLength={200} onChange={(event) => { change({ label: event.target.value }); }} />
        <TextField label={t('decisionEditor.columnDialog.expression')} hint={t('decisionEditor.columnDialog.expressionHint')} error={errorOf(errors.expression)} value={draft.expression} className="font-mono" spellCheck={false} autoComplete="off" onChange={(event) => { change({ expression: event.target.value }); }} />
        <Field label={t('decisionEditor.columnDialog.type')}>
          {(control) => <Select {...control} options={TYPE_OPTIONS} value={draft.type} onChange={(event) => { change({ type: event.target.value as FeelType }); }} />}
        </Field>
        <TextField label={t('decisionEditor.columnDialog.inputAllowed')} hint={t('decisionEditor.columnDialog.inputAllowedHint')} error={errorOf(errors.allowedValues)} value={draft.allowedValues} className="font-mono" spellCheck={false} autoComplete="off" onChange={(event) => { change({ allowedValues: event.target.value }); }} />
      </form>
    </Dialog>
  );
}

interface OutputColumnDialogProps extends Pick<ColumnDialogProps, 'names' | 'onApply' | 'onClose'> {
  output: DecisionOutput;
  otherNames: readonly string[];
}

function OutputColumnDialog({ output, names, otherNames, onApply, onClose }: OutputColumnDialogProps) {
  const t = useT();
  const formId = useId();
  const errorOf = useFieldError();
  const [draft, setDraft] = useState<OutputColumnDraft>(() => outputDraftOf(output));
  const errors = validateOutputDraft(draft, { names, otherNames });
  const change = (patch: Partial<OutputColumnDraft>) => { setDraft((current) => ({ ...current, ...patch })); };
  const apply = () => {
    onApply({ type: 'setColumn', kind: 'output', columnId: output.id, patch: outputPatchOf(draft) });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} title={t('decisionEditor.columnDialog.outputTitle')} description={t('decisionEditor.columnDialog.outputDescription')} footer={<DialogButtons formId={formId} onClose={onClose} />}>
      <form id={formId} noValidate onSubmit={submitHandler(Object.keys(errors).length === 0, apply)} className="flex flex-col gap-4">
        <TextField label={t('decisionEditor.columnDialog.name')} hint={t('decisionEditor.columnDialog.nameHint')} error={errorOf(errors.name)} value={draft.name} maxLength={200} className="font-mono" spellCheck={false} autoComplete="off" onChange={(event) => { change({ name: event.target.value }); }} />
        <TextField label={t('decisionEditor.columnDialog.label')} value={draft.label} maxLength={200} onChange={(event) => { change({ label: event.target.value }); }} />
        <Field label={t('decisionEditor.columnDialog.type')}>
          {(control) => <Select {...control} options={TYPE_OPTIONS} value={draft.type} onChange={(event) => { change({ type: event.target.value as FeelType }); }} />}
        </Field>
        <TextAreaField label={t('decisionEditor.columnDialog.outputAllowed')} hint={t('decisionEditor.columnDialog.outputAllowedHint')} error={errorOf(errors.allowedValues)} value={draft.allowedValues} rows={4} className="font-mono" spellCheck={false} onChange={(event) => { change({ allowedValues: event.target.value }); }} />
        <TextField label={t('decisionEditor.columnDialog.default')} hint={t('decisionEditor.columnDialog.defaultHint')} error={errorOf(errors.defaultValue)} value={draft.defaultValue} className="font-mono" spellCheck={false} autoComplete="off" onChange={(event) => { change({ defaultValue: event.target.value }); }} />
      </form>
    </Dialog>
  );
}
