import { Field } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';
import { CopyButton } from './CopyButton';

interface SecretFieldProps {
  label: string;
  value: string;
  copyLabel: string;
}

/** A read-only value with a copy button; selected on focus so it can also be copied by hand. */
export function SecretField({ label, value, copyLabel }: SecretFieldProps) {
  return (
    <Field label={label}>
      {(control) => (
        <div className="flex items-center gap-2">
          <Input {...control} readOnly value={value} className="font-mono text-sm" spellCheck={false} onFocus={(event) => { event.target.select(); }} />
          <CopyButton value={value} label={copyLabel} />
        </div>
      )}
    </Field>
  );
}
