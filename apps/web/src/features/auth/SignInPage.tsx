import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { signIn, type SignInBody } from '../session';
import { validateSignIn, type FieldErrorKeys } from './auth-validation';
import { AuthLayout } from './components/AuthLayout';
import { FormProblemAlert } from './components/FormProblemAlert';
import { splitFormProblem } from './form-problem';
import { useCompleteSignIn } from './hooks/useCompleteSignIn';
import { useFocusFirstInvalid } from './hooks/useFocusFirstInvalid';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const t = useT();
  const { redirect } = useSearch({ strict: false });
  const completeSignIn = useCompleteSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<SignInBody>({ email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrorKeys<keyof SignInBody>>({});
  const [submitCount, setSubmitCount] = useState(0);
  useFocusFirstInvalid(formRef, submitCount);

  const mutation = useMutation({
    mutationFn: async (body: SignInBody) => {
      await signIn(body);
      await completeSignIn(redirect);
    },
    onError: () => { setSubmitCount((count) => count + 1); },
  });
  const { fieldErrors, otherErrors } = splitFormProblem(mutation.error, FIELDS);
  const errorFor = (field: keyof SignInBody) => {
    const key = clientErrors[field];
    return key === undefined ? fieldErrors[field] : t(key);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors = validateSignIn(values);
    setClientErrors(errors);
    setSubmitCount((count) => count + 1);
    if (Object.keys(errors).length === 0) mutation.mutate({ email: values.email.trim(), password: values.password });
  };

  return (
    <AuthLayout
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
      footer={
        <>
          {t('signIn.noAccount')}{' '}
          <Link to="/sign-up" className="font-medium text-accent-fg underline-offset-2 hover:underline">
            {t('signIn.toSignUp')}
          </Link>
        </>
      }
    >
      <form ref={formRef} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        {mutation.isError && <FormProblemAlert problem={mutation.error} otherErrors={otherErrors} />}
        <TextField
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          value={values.email}
          error={errorFor('email')}
          onChange={(event) => { setValues({ ...values, email: event.target.value }); }}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          error={errorFor('password')}
          onChange={(event) => { setValues({ ...values, password: event.target.value }); }}
        />
        <Button type="submit" variant="primary" isLoading={mutation.isPending} className="mt-2 w-full">
          {t('signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
