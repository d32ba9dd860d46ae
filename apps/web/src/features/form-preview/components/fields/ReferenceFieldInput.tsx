import { useT } from '../../../../lib/i18n';
import { Input } from '../../../../ui/controls/Input';
import { useDraftInput } from '../../hooks/useDraftInput';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

/** Lookup, user picker and record link: in the preview an id typed by hand (comma-separated when several). */
export function ReferenceFieldInput({ field, view }: FieldProps<'lookup' | 'user-picker' | 'record-link'>) {
  const t = useT();
  const { text, onText } = useDraftInput(field, view.value);
  return (
    <FieldFrame view={view} note={t(field.multiple ? 'formPreview.referenceNoteMultiple' : 'formPreview.referenceNote')}>
      {(control) => (
        <Input
          {...control}
          name={field.key}
          value={text}
          placeholder={view.placeholder}
          disabled={view.isDisabled}
          readOnly={view.isReadOnly}
          autoComplete="off"
          onChange={(event) => { onText(event.target.value); }}
          className="font-mono read-only:bg-sunken"
        />
      )}
    </FieldFrame>
  );
}
