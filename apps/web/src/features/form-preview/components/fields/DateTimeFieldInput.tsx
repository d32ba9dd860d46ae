import { useId } from 'react';
import { useT } from '../../../../lib/i18n';
import { Input } from '../../../../ui/controls/Input';
import { useFormPreviewContext } from '../../form-preview-context';
import { useDraftInput } from '../../hooks/useDraftInput';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

const INPUT_TYPES = { date: 'date', time: 'time', datetime: 'datetime-local' } as const;

/** Date, time and date-time with the browser's pickers; a date-time is typed in the field's zone. */
export function DateTimeFieldInput({ field, view }: FieldProps<'date' | 'time' | 'datetime'>) {
  const { text, onText } = useDraftInput(field, view.value);
  return (
    <FieldFrame view={view}>
      {(control) => (
        <Input
          {...control}
          type={INPUT_TYPES[field.type]}
          name={field.key}
          value={text}
          disabled={view.isDisabled}
          readOnly={view.isReadOnly}
          onChange={(event) => { onText(event.target.value); }}
          className="read-only:bg-sunken"
        />
      )}
    </FieldFrame>
  );
}

interface DateRange {
  start: string | null;
  end: string | null;
}

function readRange(value: unknown): DateRange {
  const range = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<'start' | 'end', unknown>>;
  return { start: typeof range.start === 'string' ? range.start : null, end: typeof range.end === 'string' ? range.end : null };
}

/** A date range: two date inputs, stored as `{ start, end }`. */
export function DateRangeFieldInput({ field, view }: FieldProps<'date-range'>) {
  const t = useT();
  const { change } = useFormPreviewContext();
  const id = useId();
  const range = readRange(view.value);
  const update = (part: keyof DateRange, text: string) => {
    change(field.key, { ...range, [part]: text === '' ? null : text });
  };
  return (
    <FieldFrame view={view} isGroup>
      {(control) => (
        <div className="grid gap-3 sm:grid-cols-2">
          {(['start', 'end'] as const).map((part) => (
            <div key={part} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${part}`} className="text-sm text-fg-muted">{t(`formPreview.range.${part}`)}</label>
              <Input
                id={`${id}-${part}`}
                type="date"
                aria-invalid={control['aria-invalid']}
                aria-required={view.isRequired || undefined}
                value={range[part] ?? ''}
                disabled={view.isDisabled}
                readOnly={view.isReadOnly}
                onChange={(event) => { update(part, event.target.value); }}
              />
            </div>
          ))}
        </div>
      )}
    </FieldFrame>
  );
}
