import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AUDIT_RETENTION_DAYS, type AuditSettings } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { auditSettingsQuery, saveAuditSettings } from '../api/admin-settings-api';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { SectionQuery } from './SectionQuery';

export function AuditRetentionTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const t = useT();
  const query = useQuery(auditSettingsQuery(accountId));
  return (
    <SectionQuery query={query} loadingLabel={t('adminSettings.loading')}>
      {(settings) => <RetentionForm key={settings.retentionDays} settings={settings} canEdit={canEdit} />}
    </SectionQuery>
  );
}

function RetentionForm({ settings, canEdit }: { settings: AuditSettings; canEdit: boolean }) {
  const t = useT();
  const [days, setDays] = useState(String(settings.retentionDays));
  const mutation = useSaveSettings('audit', saveAuditSettings);
  const value = Number(days);
  const isValid = Number.isInteger(value) && value >= AUDIT_RETENTION_DAYS.min && value <= AUDIT_RETENTION_DAYS.max;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isValid) mutation.mutate({ retentionDays: value });
  };

  return (
    <Card title={t('adminSettings.audit.title')} description={t('adminSettings.audit.description')}>
      <form className="flex max-w-xl flex-col gap-4" onSubmit={submit} noValidate>
        <TextField label={t('adminSettings.audit.retentionDays')} type="number" inputMode="numeric" className="w-32" value={days} disabled={!canEdit}
          min={AUDIT_RETENTION_DAYS.min} max={AUDIT_RETENTION_DAYS.max}
          hint={t('adminSettings.audit.retentionHint', { min: AUDIT_RETENTION_DAYS.min, max: AUDIT_RETENTION_DAYS.max, default: AUDIT_RETENTION_DAYS.default })}
          error={isValid ? undefined : t('adminSettings.audit.retentionInvalid', { min: AUDIT_RETENTION_DAYS.min, max: AUDIT_RETENTION_DAYS.max })}
          onChange={(event) => { setDays(event.target.value); }} />
        <p className="text-sm text-fg-muted">{t('adminSettings.audit.howItWorks')}</p>
        {canEdit && <Button type="submit" variant="primary" className="self-start" isLoading={mutation.isPending}>{t('adminSettings.save')}</Button>}
      </form>
    </Card>
  );
}
