import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { TextField } from '../../../ui/controls/TextField';
import { verifySecondFactor, type SecondFactorMethod } from '../api/second-factor-api';
import { AuthLayout } from './AuthLayout';

const SIX_DIGITS = /^\d{6}$/;

interface SecondFactorFormProps {
  /** Runs once the session cookie is set. */
  onSignedIn: () => Promise<void>;
  /** Back to e-mail and password (also the way out of an expired challenge). */
  onRestart: () => void;
}

/** Sign-in, step 2 for users with TOTP: the app's code, or one of the recovery codes. */
export function SecondFactorForm({ onSignedIn, onRestart }: SecondFactorFormProps) {
  const t = useT();
  const [method, setMethod] = useState<SecondFactorMethod>('totp');
  const [code, setCode] = useState('');
  const [trustDevice, setTrustDevice] = useState(false);
  const [formatError, setFormatError] = useState(false);
  const mutation = useMutation({
    mutationFn: async () => {
      await verifySecondFactor({ method, code: normalise(code, method), trustDevice });
      await onSignedIn();
    },
  });
  const isTotp = method === 'totp';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const isWellFormed = isTotp ? SIX_DIGITS.test(normalise(code, method)) : code.trim() !== '';
    setFormatError(!isWellFormed);
    if (isWellFormed && !mutation.isPending) mutation.mutate();
  };
  const switchMethod = () => {
    setMethod(isTotp ? 'recovery-code' : 'totp');
    setCode('');
    setFormatError(false);
    mutation.reset();
  };
  const error = formatError
    ? t(isTotp ? 'mfa.codeFormat' : 'validation.required')
    : mutation.error ? describeError(mutation.error, t).title : undefined;

  return (
    <AuthLayout
      title={t('mfa.signInTitle')}
      subtitle={t(isTotp ? 'mfa.signInSubtitle' : 'mfa.signInRecoverySubtitle')}
      footer={<button type="button" className="font-medium text-accent-fg underline underline-offset-2 hover:no-underline" onClick={onRestart}>{t('mfa.backToSignIn')}</button>}
    >
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        <TextField
          key={method}
          label={t(isTotp ? 'mfa.code' : 'mfa.recoveryCode')}
          hint={isTotp ? undefined : t('mfa.recoveryCodeHint')}
          inputMode={isTotp ? 'numeric' : 'text'}
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          value={code}
          error={error}
          onChange={(event) => { setCode(event.target.value); }}
        />
        <Checkbox label={t('mfa.trustDevice')} checked={trustDevice} onChange={(event) => { setTrustDevice(event.target.checked); }} />
        <Button type="submit" variant="primary" isLoading={mutation.isPending} className="w-full">{t('mfa.submitCode')}</Button>
        <Button variant="ghost" className="w-full" onClick={switchMethod}>{t(isTotp ? 'mfa.useRecoveryCode' : 'mfa.useAuthenticator')}</Button>
      </form>
    </AuthLayout>
  );
}

function normalise(code: string, method: SecondFactorMethod): string {
  return method === 'totp' ? code.replace(/\s/g, '') : code.trim();
}
