import type { FormOption } from '@flowforge/contracts';
import { useId } from 'react';
import { useT } from '../../../../lib/i18n';
import { Select } from '../../../../ui/controls/Select';
import { useFormPreviewContext } from '../../form-preview-context';
import { ErrorList, FieldFrame, type ControlProps } from './FieldFrame';
import type { FieldProps } from './field-props';

type SelectionType = 'dropdown' | 'radio' | 'checkbox' | 'multi-select';

interface ChoiceListProps {
  name: string;
  options: readonly FormOption[];
  selected: readonly string[];
  isMultiple: boolean;
  isDisabled: boolean;
  control: ControlProps;
  onToggle: (value: string, isChecked: boolean) => void;
}

/** Radios or checkboxes, one per option the runtime offers now (after the options filter). */
function ChoiceList({ name, options, selected, isMultiple, isDisabled, control, onToggle }: ChoiceListProps) {
  return (
    <div className="flex flex-col gap-1.5">
      {options.map((option) => (
        <label key={option.value} className="inline-flex cursor-pointer items-center gap-2">
          <input
            type={isMultiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.value}
            checked={selected.includes(option.value)}
            disabled={isDisabled}
            aria-invalid={control['aria-invalid']}
            onChange={(event) => { onToggle(option.value, event.target.checked); }}
            className="size-4 accent-accent"
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}

function listSelected(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Dropdown, radio group, checkbox (yes/no or a group) and multi-select (as a checkbox group). */
export function SelectionFieldInput({ field, view }: FieldProps<SelectionType>) {
  const t = useT();
  const { change } = useFormPreviewContext();
  const name = useId();
  const isDisabled = view.isDisabled || view.isReadOnly;
  if (field.type === 'checkbox' && field.options === undefined) return <YesNoCheckbox field={field} view={view} />;
  if (field.type === 'dropdown') {
    const options = [{ value: '', label: t('formPreview.choose') }, ...view.options.map(({ value, label }) => ({ value, label }))];
    return (
      <FieldFrame view={view}>
        {(control) => (
          <Select {...control} name={field.key} options={options} value={listSelected(view.value)[0] ?? ''} disabled={isDisabled}
            onChange={(event) => { change(field.key, event.target.value); }} />
        )}
      </FieldFrame>
    );
  }
  const isMultiple = field.type !== 'radio';
  const selected = listSelected(view.value);
  const toggle = (value: string, isChecked: boolean) => {
    if (!isMultiple) change(field.key, value);
    else change(field.key, isChecked ? [...selected, value] : selected.filter((item) => item !== value));
  };
  return (
    <FieldFrame view={view} isGroup>
      {(control) => (
        <ChoiceList name={name} options={view.options} selected={selected} isMultiple={isMultiple} isDisabled={isDisabled} control={control} onToggle={toggle} />
      )}
    </FieldFrame>
  );
}

/** A single yes/no checkbox: the label sits next to the box. */
function YesNoCheckbox({ field, view }: FieldProps<'checkbox'>) {
  const { change } = useFormPreviewContext();
  const id = useId();
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const hasErrors = view.errors.length > 0;
  const describedBy = [hasErrors && errorId, view.description !== undefined && descriptionId].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="inline-flex cursor-pointer items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={field.key}
          checked={view.value === true}
          disabled={view.isDisabled || view.isReadOnly}
          aria-invalid={hasErrors || undefined}
          aria-required={view.isRequired || undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          onChange={(event) => { change(field.key, event.target.checked); }}
          className="mt-0.5 size-4 shrink-0 accent-accent"
        />
        <span className="font-medium">{view.label}</span>
      </label>
      <ErrorList id={errorId} errors={view.errors} />
      {view.description !== undefined && <p id={descriptionId} className="text-sm text-fg-muted">{view.description}</p>}
    </div>
  );
}
