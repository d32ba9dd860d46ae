import { useMemo, useState } from 'react';
import { createFormatter } from '../../../../lib/format';
import { useLocale, useT } from '../../../../lib/i18n';
import { Field } from '../../../../ui/controls/Field';
import { Input } from '../../../../ui/controls/Input';
import { Select } from '../../../../ui/controls/Select';
import { browserTimeZone, filterTimeZoneOptions, listTimeZoneOptions } from './time-zones';

interface TimeZoneFieldProps {
  /** '' = the browser's zone. */
  value: string;
  onChange: (zone: string) => void;
  error: string | undefined;
}

/** A searchable list of time zones with their offsets, and the time it is now in the chosen one. */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const t = useT();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [now] = useState(() => Date.now());
  const browserZone = useMemo(browserTimeZone, []);
  const allOptions = useMemo(() => listTimeZoneOptions({ now, include: [value] }), [now, value]);
  const shown = filterTimeZoneOptions(allOptions, { query, keep: value });
  const options = [
    { value: '', label: t('profile.timeZoneBrowser', { zone: browserZone }) },
    ...shown.map((option) => ({ value: option.zone, label: option.offset ? `${option.zone.replaceAll('_', ' ')} (${option.offset})` : option.zone })),
  ];
  const localTime = createFormatter({ locale, timeZone: value || browserZone }).formatTime(now);

  return (
    <div className="flex flex-col gap-2">
      <Field label={t('profile.timeZoneSearch')}>
        {(control) => <Input {...control} type="search" value={query} onChange={(event) => { setQuery(event.target.value); }} />}
      </Field>
      <Field label={t('profile.timeZone')} hint={t('profile.timeZoneNow', { time: localTime })} error={error}>
        {(control) => <Select {...control} options={options} value={value} onChange={(event) => { onChange(event.target.value); }} />}
      </Field>
      {shown.length === 0 && <p role="status" className="text-sm text-fg-muted">{t('profile.timeZoneNoMatch', { query })}</p>}
    </div>
  );
}
