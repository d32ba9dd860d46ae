import { Check } from 'lucide-react';
import { useId } from 'react';
import type { TeamColorScheme } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { joinClassNames } from '../../../ui/class-names';
import { COLOR_LABEL_KEYS, gradientStyle, TEAM_COLOR_SCHEMES } from '../team-colors';

interface ColorSchemePickerProps {
  value: TeamColorScheme;
  onChange: (scheme: TeamColorScheme) => void;
}

/** Five gradient swatches as a native radio group: Tab reaches it, the arrow keys choose. */
export function ColorSchemePicker({ value, onChange }: ColorSchemePickerProps) {
  const t = useT();
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-fg">{t('teams.colorScheme')}</legend>
      <div className="flex flex-wrap gap-2">
        {TEAM_COLOR_SCHEMES.map((scheme) => (
          <label
            key={scheme}
            style={gradientStyle(scheme)}
            className={joinClassNames(
              'relative flex size-10 items-center justify-center rounded-control ring-offset-2 ring-offset-raised',
              'has-[:checked]:ring-2 has-[:checked]:ring-fg has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-4 has-[:focus-visible]:outline-ring',
            )}
          >
            {/* Invisible but covering the whole swatch, so a click anywhere hits the radio. */}
            <input
              type="radio"
              name={name}
              value={scheme}
              checked={value === scheme}
              onChange={() => { onChange(scheme); }}
              className="absolute inset-0 size-full cursor-pointer appearance-none rounded-control opacity-0"
            />
            {value === scheme && <Check aria-hidden="true" className="size-4" />}
            <span className="sr-only">{t(COLOR_LABEL_KEYS[scheme])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
