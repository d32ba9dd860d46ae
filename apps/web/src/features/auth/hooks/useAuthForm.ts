// State of a sign-in or sign-up form: values, checks in the browser, the request, and which
// message belongs next to which field. Focus goes to the first invalid field after a failure.
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n';
import type { FieldErrorKeys } from '../auth-validation';
import { splitFormProblem } from '../form-problem';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

interface AuthFormOptions<Field extends string> {
  initialValues: Record<Field, string>;
  validate: (values: Record<Field, string>) => FieldErrorKeys<Field>;
  submit: (values: Record<Field, string>) => Promise<void>;
  /** Messages for fields that a problem implies without a pointer (e.g. email-taken → email). */
  extraFieldErrors?: (problem: unknown) => Partial<Record<Field, string>>;
}

export function useAuthForm<Field extends string>(options: AuthFormOptions<Field>) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(options.initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrorKeys<Field>>({});
  const [submitCount, setSubmitCount] = useState(0);
  useFocusFirstInvalid(formRef, submitCount);

  const mutation = useMutation({
    mutationFn: options.submit,
    onError: () => { setSubmitCount((count) => count + 1); },
  });
  const fields = Object.keys(options.initialValues) as Field[];
  const { fieldErrors, otherErrors } = splitFormProblem(mutation.error, fields);
  const extraErrors: Partial<Record<Field, string>> = options.extraFieldErrors?.(mutation.error) ?? {};

  const fieldProps = (field: Field) => {
    const key = clientErrors[field];
    return {
      name: field,
      value: values[field],
      error: key === undefined ? (fieldErrors[field] ?? extraErrors[field]) : t(key),
      onChange: (event: { target: { value: string } }) => {
        setValues((current) => ({ ...current, [field]: event.target.value }));
      },
    };
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors = options.validate(values);
    setClientErrors(errors);
    setSubmitCount((count) => count + 1);
    if (Object.keys(errors).length === 0) mutation.mutate(values);
  };

  return { formRef, fieldProps, handleSubmit, otherErrors, error: mutation.error, isPending: mutation.isPending };
}
