import { Input, CONTROL_CLASS_NAME } from '../../../../ui/controls/Input';
import { joinClassNames } from '../../../../ui/class-names';
import { useDraftInput } from '../../hooks/useDraftInput';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

type TextType = 'short-text' | 'long-text' | 'rich-text' | 'email' | 'url' | 'phone';

const INPUT_TYPES: Partial<Record<TextType, string>> = { email: 'email', url: 'url', phone: 'tel' };

/** Short and long text, rich text (as Markdown source), e-mail, URL and phone. */
export function TextFieldInput({ field, view }: FieldProps<TextType>) {
  const { text, onText } = useDraftInput(field, view.value);
  const isMultiline = field.type === 'long-text' || field.type === 'rich-text';
  const common = {
    value: text,
    placeholder: view.placeholder,
    disabled: view.isDisabled,
    readOnly: view.isReadOnly,
    name: field.key,
  };
  return (
    <FieldFrame view={view}>
      {(control) =>
        isMultiline ? (
          <textarea
            {...control}
            {...common}
            rows={field.type === 'long-text' ? (field.rows ?? 4) : 6}
            onChange={(event) => { onText(event.target.value); }}
            className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto resize-y py-2 read-only:bg-sunken')}
          />
        ) : (
          <Input
            {...control}
            {...common}
            type={INPUT_TYPES[field.type] ?? 'text'}
            autoComplete={field.type === 'email' ? 'email' : 'off'}
            onChange={(event) => { onText(event.target.value); }}
            className="read-only:bg-sunken"
          />
        )
      }
    </FieldFrame>
  );
}
