import { useMemo } from 'react';
import { useLocale, useT } from '../../../../lib/i18n';
import { Field } from '../../../../ui/controls/Field';
import { Select } from '../../../../ui/controls/Select';
import { describeFormatExample, describeFormatLocale, FORMAT_LOCALES } from './format-locales';

interface FormatLocaleSelectProps {
  /** '' = follow the UI language. */
  value: string;
  onChange: (locale: string) => void;
  error: string | undefined;
}

/** How dates and numbers look, independent of the UI language; every option shows an example. */
export function FormatLocaleSelect({ value, onChange, error }: FormatLocaleSelectProps) {
  const t = useT();
  const language = useLocale();
  const options = useMemo(() => {
    const collator = new Intl.Collator(language);
    const formats = FORMAT_LOCALES
      .map((locale) => ({ value: locale, label: t('profile.formatOption', { name: describeFormatLocale(locale, language), example: describeFormatExample(locale) }) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return [{ value: '', label: t('profile.formatLocaleLanguage', { example: describeFormatExample(language) }) }, ...formats];
  }, [language, t]);

  return (
    <Field label={t('profile.formatLocale')} hint={t('profile.formatLocaleHint')} error={error}>
      {(control) => <Select {...control} options={options} value={value} onChange={(event) => { onChange(event.target.value); }} />}
    </Field>
  );
}
