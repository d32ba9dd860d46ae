import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { TextField } from '../../../../ui/controls/TextField';
import { Skeleton } from '../../../../ui/feedback/Skeleton';
import { groupSecret, parseTotpUri } from '../../api/totp-uri';
import { verifyTotp } from '../../api/two-factor-api';
import { useQrCode } from './useQrCode';

const SIX_DIGITS = /^\d{6}$/;

interface VerifyStepProps {
  totpUri: string;
  onVerified: () => void;
  onCancel?: (() => void) | undefined;
}

/** Enrolment, step 2: add FlowForge to the app (QR code or setup key), then prove it with a code. */
export function VerifyStep({ totpUri, onVerified, onCancel }: VerifyStepProps) {
  const t = useT();
  const qrCode = useQrCode(totpUri);
  const { secret } = parseTotpUri(totpUri);
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState(false);
  const mutation = useMutation({ mutationFn: verifyTotp, onSuccess: onVerified });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    setFormatError(!SIX_DIGITS.test(digits));
    if (SIX_DIGITS.test(digits) && !mutation.isPending) mutation.mutate(digits);
  };
  const error = formatError ? t('mfa.codeFormat') : mutation.error ? describeError(mutation.error, t).title : undefined;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="font-semibold">{t('mfa.scanTitle')}</h3>
        <p className="mt-1 text-sm text-fg-muted">{t('mfa.scanHint')}</p>
      </div>
      <div className="flex flex-wrap items-start gap-5">
        {qrCode === null
          ? <Skeleton className="size-48" />
          : <img src={qrCode} alt={t('mfa.qrAlt')} width={192} height={192} className="rounded-control border border-border" />}
        <div className="flex max-w-xs flex-col gap-1">
          <p className="text-sm text-fg-muted">{t('mfa.manualEntry')}</p>
          <code aria-label={t('mfa.secretLabel')} data-testid="totp-secret" className="font-mono text-sm break-all select-all">{groupSecret(secret)}</code>
        </div>
      </div>
      <form className="flex max-w-sm flex-col gap-4" onSubmit={submit} noValidate>
        <TextField
          label={t('mfa.code')}
          hint={t('mfa.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          error={error}
          onChange={(event) => { setCode(event.target.value); }}
        />
        <div className="flex gap-2">
          <Button type="submit" variant="primary" isLoading={mutation.isPending}>{t('mfa.verify')}</Button>
          {onCancel !== undefined && <Button variant="ghost" onClick={onCancel}>{t('mfa.cancel')}</Button>}
        </div>
      </form>
    </div>
  );
}
