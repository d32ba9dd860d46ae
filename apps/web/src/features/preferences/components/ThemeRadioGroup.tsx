import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import { useT, type MessageKey } from '../../../lib/i18n';
import { THEME_PREFERENCES, type ThemePreference } from '../../../lib/theme';
import { joinClassNames } from '../../../ui/class-names';
import { usePreferences } from '../usePreferences';

export const THEME_OPTIONS: Readonly<Record<ThemePreference, { icon: LucideIcon; label: MessageKey }>> = {
  light: { icon: Sun, label: 'theme.light' },
  dark: { icon: Moon, label: 'theme.dark' },
  system: { icon: Monitor, label: 'theme.system' },
};

/** Light / dark / system as native radio buttons (arrow keys move between them). */
export function ThemeRadioGroup() {
  const t = useT();
  const name = useId();
  const { preferences, setTheme } = usePreferences();

  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium">{t('theme.label')}</legend>
      <div className="inline-flex rounded-control border border-border-strong p-0.5">
        {THEME_PREFERENCES.map((theme) => {
          const { icon: Icon, label } = THEME_OPTIONS[theme];
          const isChecked = preferences.theme === theme;
          return (
            <label
              key={theme}
              className={joinClassNames(
                'relative flex h-8 items-center gap-1.5 rounded-[4px] px-3 font-medium',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
                isChecked ? 'bg-accent-subtle text-accent-fg' : 'text-fg-muted hover:bg-hover hover:text-fg',
              )}
            >
              {/* Invisible but covering the whole option, so a click anywhere hits the radio. */}
              <input
                type="radio"
                name={name}
                value={theme}
                checked={isChecked}
                onChange={() => { setTheme(theme); }}
                className="absolute inset-0 size-full cursor-pointer appearance-none rounded-[4px] opacity-0"
              />
              <Icon aria-hidden="true" className="size-4" />
              {t(label)}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
