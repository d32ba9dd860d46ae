import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';
import { isHexColor } from '../role-form';

interface ColorFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** The browser's colour picker next to a hex field, both editing the same `#rrggbb` value. */
export function ColorField({ value, onChange, error }: ColorFieldProps) {
  const t = useT();
  return (
    <Field label={t('roles.field.color')} hint={t('roles.field.colorHint')} error={error}>
      {(control) => (
        <div className="flex items-center gap-2">
          <input
            type="color"
            aria-label={t('roles.field.colorPicker')}
            value={isHexColor(value) ? value.toLowerCase() : '#64748b'}
            onChange={(event) => { onChange(event.target.value); }}
            className="h-9 w-12 shrink-0 cursor-pointer rounded-control border border-border-strong bg-canvas p-1"
          />
          <Input {...control} value={value} maxLength={7} spellCheck={false} className="font-mono" onChange={(event) => { onChange(event.target.value); }} />
        </div>
      )}
    </Field>
  );
}
