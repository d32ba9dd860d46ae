import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../lib/i18n';
import { Button } from '../../ui/controls/Button';
import { TextField } from '../../ui/controls/TextField';
import { signIn } from '../session';
import { isTwoFactorChallenge } from './api/second-factor-api';
import { validateSignIn } from './auth-validation';
import { AuthLayout } from './components/AuthLayout';
import { AuthSwitchLink } from './components/AuthSwitchLink';
import { FormProblemAlert } from './components/FormProblemAlert';
import { PasskeySignInButton } from './components/PasskeySignInButton';
import { SecondFactorForm } from './components/SecondFactorForm';
import { useAuthForm } from './hooks/useAuthForm';
import { useCompleteSignIn } from './hooks/useCompleteSignIn';

/** E-mail and password (or a passkey); users with two-factor authentication then enter a code. */
export function SignInPage() {
  const { redirect } = useSearch({ strict: false });
  const completeSignIn = useCompleteSignIn();
  const [needsSecondFactor, setNeedsSecondFactor] = useState(false);
  const onSignedIn = () => completeSignIn(redirect);

  if (needsSecondFactor) return <SecondFactorForm onSignedIn={onSignedIn} onRestart={() => { setNeedsSecondFactor(false); }} />;
  return <PasswordForm onSignedIn={onSignedIn} onSecondFactor={() => { setNeedsSecondFactor(true); }} />;
}

function PasswordForm({ onSignedIn, onSecondFactor }: { onSignedIn: () => Promise<void>; onSecondFactor: () => void }) {
  const t = useT();
  const form = useAuthForm({
    initialValues: { email: '', password: '' },
    validate: validateSignIn,
    submit: async ({ email, password }) => {
      const result = await signIn({ email: email.trim(), password });
      if (isTwoFactorChallenge(result)) onSecondFactor();
      else await onSignedIn();
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
      <PasskeySignInButton onSignedIn={onSignedIn} />
    </AuthLayout>
  );
}
