import { isLocale, LOCALE_NAMES, LOCALES, useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { usePreferences } from '../usePreferences';

const LANGUAGE_OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

export function LanguageSelect({ className }: { className?: string }) {
  const t = useT();
  const { preferences, setLocale } = usePreferences();

  return (
    <Field label={t('language.label')}>
      {(control) => (
        <Select
          {...control}
          className={className}
          options={LANGUAGE_OPTIONS}
          value={preferences.locale}
          onChange={(event) => {
            if (isLocale(event.target.value)) setLocale(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
