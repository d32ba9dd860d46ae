// A labelled multi-line text field (the ui kit has single-line ones only), styled like Input.
import type { ComponentProps } from 'react';
import { joinClassNames } from '../../../../ui/class-names';
import { Field } from '../../../../ui/controls/Field';
import { CONTROL_CLASS_NAME } from '../../../../ui/controls/Input';

interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function TextAreaField({ label, hint, error, className, ...rest }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} {...rest} className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto min-h-20 py-2', className)} />}
    </Field>
  );
}
