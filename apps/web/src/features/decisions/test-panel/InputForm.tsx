import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import type { InputError, InputField } from '../logic/input-form';
import { ValueInput } from './ValueInput';

interface InputFormProps {
  fields: readonly InputField[];
  texts: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, InputError>>;
  onChange: (texts: Record<string, string>) => void;
}

/** One labelled control per input column; the column's expression and type as the hint. */
export function InputForm({ fields, texts, errors, onChange }: InputFormProps) {
  const t = useT();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {fields.map((field) => {
        const error = errors[field.key];
        return (
          <Field key={field.key} label={field.label} hint={t('decisions.test.fieldHint', { expression: field.key, type: field.type })}
            error={error === undefined ? undefined : t(`decisions.test.inputError.${error}`)}>
            {(control) => <ValueInput {...control} field={field} value={texts[field.key] ?? ''} onChange={(text) => { onChange({ ...texts, [field.key]: text }); }} />}
          </Field>
        );
      })}
    </div>
  );
}
