import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { joinClassNames } from '../../../ui/class-names';

export type InputMode = 'form' | 'json';

interface InputModeSwitchProps {
  mode: InputMode;
  onChange: (mode: InputMode) => void;
  isFormAvailable: boolean;
}

/** Form or raw JSON: two radio buttons styled as a segmented control. */
export function InputModeSwitch({ mode, onChange, isFormAvailable }: InputModeSwitchProps) {
  const t = useT();
  const name = useId();
  const modes: InputMode[] = isFormAvailable ? ['form', 'json'] : ['json'];
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">{t('decisions.test.inputMode')}</legend>
      <div className="inline-flex rounded-control border border-border-strong p-0.5">
        {modes.map((option) => (
          <label key={option} className={joinClassNames(
            'cursor-pointer rounded-control px-2.5 py-1 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
            mode === option ? 'bg-accent-subtle text-accent-fg' : 'text-fg-muted hover:text-fg',
          )}>
            <input type="radio" name={name} value={option} checked={mode === option} className="sr-only" onChange={() => { onChange(option); }} />
            {t(`decisions.test.mode.${option}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
