import { useId, useMemo } from 'react';
import { listTimeZones } from '@flowforge/contracts';
import { Field } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';

interface TimeZoneInputProps {
  label: string;
  hint: string;
  value: string;
  error?: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A text field that suggests IANA time zones as you type (Europe/…, America/…); any listed zone is valid. */
export function TimeZoneInput({ label, hint, value, error, disabled, onChange }: TimeZoneInputProps) {
  const listId = useId();
  const zones = useMemo(() => listTimeZones(), []);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <Input {...control} list={listId} autoComplete="off" spellCheck={false} value={value} disabled={disabled}
            onChange={(event) => { onChange(event.target.value); }} />
          <datalist id={listId}>
            {zones.map((zone) => <option key={zone} value={zone} />)}
          </datalist>
        </>
      )}
    </Field>
  );
}
