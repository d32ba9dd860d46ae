import type { FieldControlProps } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';
import { Select } from '../../../ui/controls/Select';
import { useT } from '../../../lib/i18n';
import type { InputField } from '../logic/input-form';

interface ValueInputProps extends Partial<FieldControlProps> {
  field: InputField;
  value: string;
  onChange: (text: string) => void;
  'aria-label'?: string;
  className?: string;
  /** Shows the value without taking edits (a choice list is disabled instead). */
  readOnly?: boolean | undefined;
}

const INPUT_TYPES: Partial<Record<InputField['type'], string>> = { date: 'date', time: 'time', 'date and time': 'datetime-local' };

/** The control for one input value, by the column's FEEL type (a picker for dates, a choice for booleans). */
export function ValueInput({ field, value, onChange, className, readOnly, ...control }: ValueInputProps) {
  const t = useT();
  if (field.type === 'boolean') {
    const options = [{ value: '', label: t('decisions.test.notGiven') }, { value: 'true', label: 'true' }, { value: 'false', label: 'false' }];
    return <Select {...control} className={className} disabled={readOnly} options={options} value={value} onChange={(event) => { onChange(event.target.value); }} />;
  }
  const type = INPUT_TYPES[field.type] ?? 'text';
  return (
    <Input {...control} className={className} readOnly={readOnly} type={type} step={type === 'text' ? undefined : 1} value={value}
      inputMode={field.type === 'number' ? 'decimal' : undefined} spellCheck={false}
      placeholder={type === 'text' ? t(`decisions.test.placeholder.${field.type}`) : undefined}
      onChange={(event) => { onChange(event.target.value); }} />
  );
}
