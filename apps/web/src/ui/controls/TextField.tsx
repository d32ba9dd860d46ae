import type { ComponentProps } from 'react';
import { Field } from './Field';
import { Input } from './Input';

interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled Input with its hint and error wired up: the usual form row. */
export function TextField({ label, hint, error, ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <Input {...control} {...inputProps} />}
    </Field>
  );
}
