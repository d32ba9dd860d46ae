import { useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { Checkbox } from '../../../../ui/controls/Checkbox';
import { parseTotpUri } from '../../api/totp-uri';
import type { TotpSetup } from '../../api/two-factor-api';
import { PasswordStep } from './PasswordStep';
import { RecoveryCodes } from './RecoveryCodes';
import { VerifyStep } from './VerifyStep';

type Step = { kind: 'password' } | { kind: 'verify'; setup: TotpSetup } | { kind: 'codes'; setup: TotpSetup };

interface TotpEnrolmentProps {
  /** Called once the user has seen (and confirmed saving) the recovery codes. */
  onDone: () => void;
  onCancel?: (() => void) | undefined;
  /** The last button's label ("Done" unless given). */
  doneLabel?: string;
}

/**
 * Setting up TOTP: password → QR code and setup key → a code from the app → recovery codes.
 * Two-factor authentication is on from the verified code; the codes are shown only after it.
 */
export function TotpEnrolment({ onDone, onCancel, doneLabel }: TotpEnrolmentProps) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [hasSavedCodes, setHasSavedCodes] = useState(false);

  if (step.kind === 'password') {
    return <PasswordStep onCancel={onCancel} onStarted={(setup) => { setStep({ kind: 'verify', setup }); }} />;
  }
  if (step.kind === 'verify') {
    return <VerifyStep totpUri={step.setup.totpURI} onCancel={onCancel} onVerified={() => { setStep({ kind: 'codes', setup: step.setup }); }} />;
  }
  return (
    <div className="flex flex-col gap-4">
      <RecoveryCodes codes={step.setup.backupCodes} accountName={parseTotpUri(step.setup.totpURI).accountName} />
      <Checkbox label={t('mfa.savedConfirm')} checked={hasSavedCodes} onChange={(event) => { setHasSavedCodes(event.target.checked); }} />
      <Button variant="primary" className="self-start" disabled={!hasSavedCodes} onClick={onDone}>{doneLabel ?? t('mfa.done')}</Button>
    </div>
  );
}
