import { Copy, Download } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { useToast } from '../../../../ui/feedback/useToast';
import { buildRecoveryCodesText, downloadRecoveryCodes } from '../../api/recovery-codes-file';

interface RecoveryCodesProps {
  codes: readonly string[];
  /** Whose codes these are (the e-mail address), written at the top of the file. */
  accountName: string;
}

/** The one-time list of recovery codes, with copy and download. */
export function RecoveryCodes({ codes, accountName }: RecoveryCodesProps) {
  const t = useT();
  const headingId = useId();
  const { showToast } = useToast();
  const text = buildRecoveryCodesText({ header: t('mfa.fileHeader', { account: accountName }), note: t('mfa.fileNote'), codes });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      showToast({ title: t('mfa.copied'), tone: 'success' });
    } catch {
      showToast({ title: t('mfa.copyFailed'), tone: 'danger' });
    }
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="font-semibold">{t('mfa.recoveryCodesTitle')}</h3>
      <p className="text-sm text-fg-muted">{t('mfa.recoveryCodesHint')}</p>
      <ul aria-label={t('mfa.recoveryCodesLabel')} className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-control border border-border bg-sunken p-3 font-mono text-sm">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button icon={Copy} onClick={() => void copy()}>{t('mfa.copy')}</Button>
        <Button icon={Download} onClick={() => { downloadRecoveryCodes(text); }}>{t('mfa.download')}</Button>
      </div>
    </section>
  );
}
