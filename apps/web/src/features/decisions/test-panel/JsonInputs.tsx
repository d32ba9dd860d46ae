import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import type { ParsedObject } from '../logic/input-form';

interface JsonInputsProps {
  text: string;
  parsed: ParsedObject;
  onChange: (text: string) => void;
}

/** The inputs as one JSON object, for nested values and columns over expressions. */
export function JsonInputs({ text, parsed, onChange }: JsonInputsProps) {
  const t = useT();
  const error = parsed.ok ? undefined : parsed.message === 'not-object' ? t('decisions.test.jsonNotObject') : t('decisions.test.jsonInvalid', { message: parsed.message });
  return (
    <Field label={t('decisions.test.json')} hint={t('decisions.test.jsonHint')} error={error}>
      {(control) => (
        <textarea {...control} value={text} rows={8} spellCheck={false}
          className={`${CONTROL_CLASS_NAME} h-auto py-2 font-mono text-sm`} onChange={(event) => { onChange(event.target.value); }} />
      )}
    </Field>
  );
}
