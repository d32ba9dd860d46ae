import { isApiProblem } from '../../lib/api-problem';
import { useT } from '../../lib/i18n';
import { Button } from '../../ui/controls/Button';
import { TextField } from '../../ui/controls/TextField';
import { usePreferences } from '../preferences';
import { signUp, updatePreferences } from '../session';
import { validateSignUp } from './auth-validation';
import { AuthLayout } from './components/AuthLayout';
import { AuthSwitchLink } from './components/AuthSwitchLink';
import { FormProblemAlert } from './components/FormProblemAlert';
import { useAuthForm } from './hooks/useAuthForm';
import { useCompleteSignIn } from './hooks/useCompleteSignIn';

const isEmailTaken = (problem: unknown) => isApiProblem(problem) && problem.code === 'email-taken';

export function SignUpPage() {
  const t = useT();
  const { preferences } = usePreferences();
  const completeSignIn = useCompleteSignIn();
  const form = useAuthForm({
    initialValues: { name: '', email: '', password: '', accountName: '' },
    validate: validateSignUp,
    submit: async (values) => {
      await signUp({ ...values, name: values.name.trim(), email: values.email.trim(), accountName: values.accountName.trim() });
      // Keep the language and theme chosen on this page; failing here is not worth an error.
      await updatePreferences(preferences).catch(() => undefined);
      await completeSignIn();
    },
    extraFieldErrors: (problem) => (isEmailTaken(problem) ? { email: t('error.emailTaken') } : {}),
  });

  return (
    <AuthLayout
      title={t('signUp.title')}
      subtitle={t('signUp.subtitle')}
      footer={<AuthSwitchLink to="/sign-in" question={t('signUp.hasAccount')} action={t('signUp.toSignIn')} />}
    >
      <form ref={form.formRef} noValidate onSubmit={form.handleSubmit} className="flex flex-col gap-4">
        {form.error !== null && !isEmailTaken(form.error) && (
          <FormProblemAlert problem={form.error} otherErrors={form.otherErrors} />
        )}
        <TextField label={t('auth.name')} autoComplete="name" {...form.fieldProps('name')} />
        <TextField label={t('auth.email')} type="email" autoComplete="email" {...form.fieldProps('email')} />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint')}
          {...form.fieldProps('password')}
        />
        <TextField
          label={t('auth.accountName')}
          autoComplete="organization"
          hint={t('auth.accountNameHint')}
          {...form.fieldProps('accountName')}
        />
        <Button type="submit" variant="primary" isLoading={form.isPending} className="mt-2 w-full">
          {t('signUp.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
