import { useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { Badge } from '../../../../ui/display/Badge';
import { useToast } from '../../../../ui/feedback/useToast';
import { disableTotp, regenerateRecoveryCodes } from '../../api/two-factor-api';
import { PasswordConfirmDialog } from './PasswordConfirmDialog';
import { RecoveryCodes } from './RecoveryCodes';

type Dialogs = 'none' | 'regenerate' | 'disable';

interface TwoFactorEnabledProps {
  email: string;
  /** After 2FA was switched off (the session is replaced: reload what depends on it). */
  onDisabled: () => void;
}

/** TOTP is on: new recovery codes, or switch it off — both confirmed with the password. */
export function TwoFactorEnabled({ email, onDisabled }: TwoFactorEnabledProps) {
  const t = useT();
  const { showToast } = useToast();
  const [dialog, setDialog] = useState<Dialogs>('none');
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const close = () => { setDialog('none'); };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start gap-3">
        <Badge tone="success">{t('mfa.statusOn')}</Badge>
        <p className="text-sm text-fg-muted">{t('mfa.enabledHint')}</p>
      </div>
      {newCodes === null ? (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => { setDialog('regenerate'); }}>{t('mfa.regenerate')}</Button>
          <Button variant="ghost" onClick={() => { setDialog('disable'); }}>{t('mfa.disable')}</Button>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <RecoveryCodes codes={newCodes} accountName={email} />
          <Button variant="primary" className="self-start" onClick={() => { setNewCodes(null); }}>{t('mfa.done')}</Button>
        </div>
      )}
      <PasswordConfirmDialog
        open={dialog === 'regenerate'}
        onClose={close}
        title={t('mfa.regenerateTitle')}
        description={t('mfa.regenerateDescription')}
        confirmLabel={t('mfa.regenerateConfirm')}
        action={regenerateRecoveryCodes}
        onSuccess={({ backupCodes }) => { close(); setNewCodes(backupCodes); showToast({ title: t('mfa.regenerated'), tone: 'success' }); }}
      />
      <PasswordConfirmDialog
        open={dialog === 'disable'}
        onClose={close}
        title={t('mfa.disableTitle')}
        description={t('mfa.disableDescription')}
        confirmLabel={t('mfa.disable')}
        isDestructive
        action={disableTotp}
        onSuccess={() => { close(); showToast({ title: t('mfa.disabledToast'), tone: 'success' }); onDisabled(); }}
      />
    </div>
  );
}
