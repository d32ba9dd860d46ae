import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { isApiProblem } from '../../lib/api-problem';
import { useT } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { usePreferences } from '../preferences';
import { signUp, updatePreferences, type SignUpBody } from '../session';
import { validateSignUp, type FieldErrorKeys } from './auth-validation';
import { AuthLayout } from './components/AuthLayout';
import { FormProblemAlert } from './components/FormProblemAlert';
import { splitFormProblem } from './form-problem';
import { useCompleteSignIn } from './hooks/useCompleteSignIn';
import { useFocusFirstInvalid } from './hooks/useFocusFirstInvalid';

const FIELDS = ['name', 'email', 'password', 'accountName'] as const;
const EMPTY: SignUpBody = { name: '', email: '', password: '', accountName: '' };

export function SignUpPage() {
  const t = useT();
  const { preferences } = usePreferences();
  const completeSignIn = useCompleteSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<SignUpBody>(EMPTY);
  const [clientErrors, setClientErrors] = useState<FieldErrorKeys<keyof SignUpBody>>({});
  const [submitCount, setSubmitCount] = useState(0);
  useFocusFirstInvalid(formRef, submitCount);

  const mutation = useMutation({
    mutationFn: async (body: SignUpBody) => {
      await signUp(body);
      // Keep the language and theme chosen on this page; a failure here is not worth an error.
      await updatePreferences(preferences).catch(() => undefined);
      await completeSignIn();
    },
    onError: () => { setSubmitCount((count) => count + 1); },
  });
  const isEmailTaken = isApiProblem(mutation.error) && mutation.error.code === 'email-taken';
  const { fieldErrors, otherErrors } = splitFormProblem(mutation.error, FIELDS);
  if (isEmailTaken) fieldErrors.email ??= t('error.emailTaken');
  const errorFor = (field: keyof SignUpBody) => {
    const key = clientErrors[field];
    return key === undefined ? fieldErrors[field] : t(key);
  };
  const fieldProps = (field: keyof SignUpBody) => ({
    name: field,
    value: values[field],
    error: errorFor(field),
    onChange: (event: { target: { value: string } }) => { setValues({ ...values, [field]: event.target.value }); },
  });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors = validateSignUp(values);
    setClientErrors(errors);
    setSubmitCount((count) => count + 1);
    if (Object.keys(errors).length > 0) return;
    mutation.mutate({ ...values, name: values.name.trim(), email: values.email.trim(), accountName: values.accountName.trim() });
  };

  return (
    <AuthLayout
      title={t('signUp.title')}
      subtitle={t('signUp.subtitle')}
      footer={
        <>
          {t('signUp.hasAccount')}{' '}
          <Link to="/sign-in" className="font-medium text-accent-fg underline-offset-2 hover:underline">
            {t('signUp.toSignIn')}
          </Link>
        </>
      }
    >
      <form ref={formRef} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        {mutation.isError && !isEmailTaken && <FormProblemAlert problem={mutation.error} otherErrors={otherErrors} />}
        <TextField label={t('auth.name')} autoComplete="name" {...fieldProps('name')} />
        <TextField label={t('auth.email')} type="email" autoComplete="email" {...fieldProps('email')} />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint')}
          {...fieldProps('password')}
        />
        <TextField
          label={t('auth.accountName')}
          autoComplete="organization"
          hint={t('auth.accountNameHint')}
          {...fieldProps('accountName')}
        />
        <Button type="submit" variant="primary" isLoading={mutation.isPending} className="mt-2 w-full">
          {t('signUp.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
