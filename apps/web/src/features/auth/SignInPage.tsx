import { useSearch } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { Button } from '../../ui/controls/Button';
import { TextField } from '../../ui/controls/TextField';
import { signIn } from '../session';
import { validateSignIn } from './auth-validation';
import { AuthLayout } from './components/AuthLayout';
import { AuthSwitchLink } from './components/AuthSwitchLink';
import { FormProblemAlert } from './components/FormProblemAlert';
import { useAuthForm } from './hooks/useAuthForm';
import { useCompleteSignIn } from './hooks/useCompleteSignIn';

export function SignInPage() {
  const t = useT();
  const { redirect } = useSearch({ strict: false });
  const completeSignIn = useCompleteSignIn();
  const form = useAuthForm({
    initialValues: { email: '', password: '' },
    validate: validateSignIn,
    submit: async ({ email, password }) => {
      await signIn({ email: email.trim(), password });
      await completeSignIn(redirect);
    },
  });

  return (
    <AuthLayout
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
      footer={<AuthSwitchLink to="/sign-up" question={t('signIn.noAccount')} action={t('signIn.toSignUp')} />}
    >
      <form ref={form.formRef} noValidate onSubmit={form.handleSubmit} className="flex flex-col gap-4">
        {form.error !== null && <FormProblemAlert problem={form.error} otherErrors={form.otherErrors} />}
        <TextField label={t('auth.email')} type="email" autoComplete="email" {...form.fieldProps('email')} />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          {...form.fieldProps('password')}
        />
        <Button type="submit" variant="primary" isLoading={form.isPending} className="mt-2 w-full">
          {t('signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
