import { Languages, SunMoon, type LucideIcon } from 'lucide-react';
import { useId, type ChangeEvent } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES, useT } from '../../../lib/i18n';
import { isThemePreference, THEME_PREFERENCES } from '../../../lib/theme';
import { Select, type SelectOption } from '../../../ui/controls/Select';
import { usePreferences } from '../usePreferences';
import { THEME_OPTIONS } from './ThemeRadioGroup';

function CompactSelect(props: {
  icon: LucideIcon;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}) {
  const id = useId();
  const { icon: Icon, label, ...rest } = props;
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="flex items-center text-fg-muted">
        <Icon aria-hidden="true" className="size-4" />
        <span className="sr-only">{label}</span>
      </label>
      <Select id={id} className="w-32" {...rest} />
    </div>
  );
}

/** Language and theme before sign-in, for the sign-in and sign-up pages. */
export function PreferenceBar() {
  const t = useT();
  const { preferences, setLocale, setTheme } = usePreferences();
  const themeOptions = THEME_PREFERENCES.map((theme) => ({ value: theme, label: t(THEME_OPTIONS[theme].label) }));
  const languageOptions = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

  return (
    <div className="flex flex-wrap items-center gap-3">
      <CompactSelect
        icon={Languages}
        label={t('language.label')}
        value={preferences.locale}
        options={languageOptions}
        onChange={(event) => { if (isLocale(event.target.value)) setLocale(event.target.value); }}
      />
      <CompactSelect
        icon={SunMoon}
        label={t('theme.label')}
        value={preferences.theme}
        options={themeOptions}
        onChange={(event) => { if (isThemePreference(event.target.value)) setTheme(event.target.value); }}
      />
    </div>
  );
}
