import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { PASSWORD_MAX_LENGTH, type SecurityPolicy } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { Alert } from '../../../ui/feedback/Alert';
import { saveSecurityPolicy, securityPolicyQuery } from '../api/admin-settings-api';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { fieldErrorsOf, problemCodeOf } from './field-errors';
import { findInvalidLines, linesFromFieldErrors, parseAllowlist } from './ip-allowlist-lines';
import { IpAllowlistField } from './IpAllowlistField';
import { SectionQuery } from './SectionQuery';
import { SessionTimeoutSelect } from './SessionTimeoutSelect';

const MIN_PASSWORD = 8;

export function SecurityTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const t = useT();
  const query = useQuery(securityPolicyQuery(accountId));
  return (
    <SectionQuery query={query} loadingLabel={t('adminSettings.loading')}>
      {(policy) => <SecurityForm key={JSON.stringify(policy)} policy={policy} canEdit={canEdit} />}
    </SectionQuery>
  );
}

function SecurityForm({ policy, canEdit }: { policy: SecurityPolicy; canEdit: boolean }) {
  const t = useT();
  const [minLength, setMinLength] = useState(String(policy.passwordMinLength));
  const [checkBreached, setCheckBreached] = useState(policy.checkBreachedPasswords);
  const [timeoutMinutes, setTimeoutMinutes] = useState(policy.sessionTimeoutMinutes);
  const [allowlist, setAllowlist] = useState(policy.ipAllowlist.join('\n'));
  const [requireMfa, setRequireMfa] = useState(policy.requireMfa);
  const mutation = useSaveSettings('security', saveSecurityPolicy);
  const serverErrors = fieldErrorsOf(mutation.error);
  const entries = parseAllowlist(allowlist);
  const invalidLines = [...new Set([...findInvalidLines(entries), ...linesFromFieldErrors(entries, serverErrors)])].sort((a, b) => a - b);
  const minLengthNumber = Number(minLength);
  const isMinLengthValid = Number.isInteger(minLengthNumber) && minLengthNumber >= MIN_PASSWORD && minLengthNumber <= PASSWORD_MAX_LENGTH;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isMinLengthValid || invalidLines.length > 0) return;
    mutation.mutate({ passwordMinLength: minLengthNumber, checkBreachedPasswords: checkBreached, sessionTimeoutMinutes: timeoutMinutes, ipAllowlist: entries.map((entry) => entry.value), requireMfa });
  };
  const code = problemCodeOf(mutation.error);

  return (
    <form className="flex flex-col gap-6" onSubmit={submit} noValidate>
      <Card title={t('adminSettings.security.passwords')} description={t('adminSettings.security.passwordsHint')}>
        <div className="flex max-w-xl flex-col gap-4">
          <TextField label={t('adminSettings.security.minLength')} type="number" inputMode="numeric" min={MIN_PASSWORD} max={PASSWORD_MAX_LENGTH}
            className="w-32" value={minLength} disabled={!canEdit}
            hint={t('adminSettings.security.minLengthHint', { min: MIN_PASSWORD, max: PASSWORD_MAX_LENGTH })}
            error={isMinLengthValid ? serverErrors.passwordMinLength : t('adminSettings.security.minLengthInvalid', { min: MIN_PASSWORD, max: PASSWORD_MAX_LENGTH })}
            onChange={(event) => { setMinLength(event.target.value); }} />
          <div className="flex flex-col gap-1">
            <Checkbox label={t('adminSettings.security.checkBreached')} checked={checkBreached} disabled={!canEdit}
              onChange={(event) => { setCheckBreached(event.target.checked); }} />
            <p className="pl-6 text-sm text-fg-muted">{t('adminSettings.security.checkBreachedHint')}</p>
          </div>
        </div>
      </Card>
      <Card title={t('adminSettings.security.sessions')} description={t('adminSettings.security.sessionsHint')}>
        <SessionTimeoutSelect value={timeoutMinutes} saved={policy.sessionTimeoutMinutes} disabled={!canEdit} onChange={setTimeoutMinutes} />
      </Card>
      <Card title={t('adminSettings.security.access')} description={t('adminSettings.security.accessHint')}>
        <div className="flex max-w-xl flex-col gap-5">
          <IpAllowlistField value={allowlist} currentIp={policy.currentIp} invalidLines={invalidLines} disabled={!canEdit} onChange={setAllowlist}
            listError={code === 'ip-allowlist-lockout' ? t('adminSettings.security.lockout', { ip: policy.currentIp }) : undefined} />
          <div className="flex flex-col gap-2">
            <Checkbox label={t('adminSettings.security.requireMfa')} checked={requireMfa} disabled={!canEdit}
              onChange={(event) => { setRequireMfa(event.target.checked); }} />
            {requireMfa && !policy.requireMfa && <Alert title={t('adminSettings.security.requireMfaWarning')}>{t('adminSettings.security.requireMfaWarningDetail')}</Alert>}
            {code === 'unprocessable' && serverErrors.requireMfa !== undefined && (
              <Alert tone="danger" title={t('adminSettings.security.requireMfaOwnFirst')} />
            )}
          </div>
        </div>
      </Card>
      {canEdit && <Button type="submit" variant="primary" className="self-start" isLoading={mutation.isPending}>{t('adminSettings.save')}</Button>}
    </form>
  );
}
