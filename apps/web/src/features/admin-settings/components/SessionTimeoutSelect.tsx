import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { sessionTimeoutChoices, splitMinutes } from './session-timeouts';

interface SessionTimeoutSelectProps {
  value: number | null;
  /** The saved value, offered even when it is not one of the usual choices. */
  saved: number | null;
  disabled: boolean;
  onChange: (value: number | null) => void;
}

const DEFAULT = 'default';

export function SessionTimeoutSelect({ value, saved, disabled, onChange }: SessionTimeoutSelectProps) {
  const t = useT();
  const label = (minutes: number | null) => {
    if (minutes === null) return t('adminSettings.security.timeoutDefault');
    const { unit, count } = splitMinutes(minutes);
    return t(count === 1 && unit !== 'minutes' ? `adminSettings.security.timeout.${unit}One` : `adminSettings.security.timeout.${unit}`, { count });
  };
  const options = sessionTimeoutChoices(saved).map((minutes) => ({ value: minutes === null ? DEFAULT : String(minutes), label: label(minutes) }));
  return (
    <Field label={t('adminSettings.security.timeout')} hint={t('adminSettings.security.timeoutHint')}>
      {(control) => (
        <Select {...control} className="w-72" options={options} value={value === null ? DEFAULT : String(value)} disabled={disabled}
          onChange={(event) => { onChange(event.target.value === DEFAULT ? null : Number(event.target.value)); }} />
      )}
    </Field>
  );
}
