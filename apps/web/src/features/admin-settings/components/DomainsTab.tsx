import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Globe, ShieldCheck, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { AccountDomain } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Badge } from '../../../ui/display/Badge';
import { Card } from '../../../ui/display/Card';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { useToast } from '../../../ui/feedback/useToast';
import { domainsQuery, settingsQueryKey, verifyDomain } from '../api/admin-settings-api';
import { AddDomainForm } from './AddDomainForm';
import { CopyButton } from './CopyButton';
import { RemoveDomainDialog } from './RemoveDomainDialog';
import { SectionQuery } from './SectionQuery';

interface TabProps {
  accountId: string;
  canEdit: boolean;
}

export function DomainsTab({ accountId, canEdit }: TabProps) {
  const t = useT();
  const query = useQuery(domainsQuery(accountId));
  const [removing, setRemoving] = useState<AccountDomain | null>(null);
  return (
    <Card title={t('adminSettings.domains.title')} description={t('adminSettings.domains.description')}>
      <div className="flex flex-col gap-5">
        {canEdit && <AddDomainForm accountId={accountId} />}
        <SectionQuery query={query} loadingLabel={t('adminSettings.loading')}>
          {({ items }) => items.length === 0 ? (
            <EmptyState icon={Globe} title={t('adminSettings.domains.emptyTitle')} description={t('adminSettings.domains.emptyDescription')} />
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t('adminSettings.domains.listLabel')}>
              {items.map((domain) => (
                <DomainItem key={domain.id} accountId={accountId} domain={domain} canEdit={canEdit} onRemove={() => { setRemoving(domain); }} />
              ))}
            </ul>
          )}
        </SectionQuery>
      </div>
      <RemoveDomainDialog accountId={accountId} domain={removing} onClose={() => { setRemoving(null); }} />
    </Card>
  );
}

interface DomainItemProps extends TabProps {
  domain: AccountDomain;
  onRemove: () => void;
}

function DomainItem({ accountId, domain, canEdit, onRemove }: DomainItemProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const verify = useMutation({
    mutationFn: verifyDomain,
    onSuccess: async () => {
      showToast({ title: t('adminSettings.domains.verified', { domain: domain.domain }), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: settingsQueryKey(accountId, 'domains') });
    },
    onError: (error) => { showToast({ title: describeError(error, t).title, description: describeError(error, t).detail, tone: 'danger' }); },
  });
  const isVerified = domain.status === 'verified';

  return (
    <li className="flex flex-col gap-3 rounded-control border border-border p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <span className="font-medium">{domain.domain}</span>
          <Badge tone={isVerified ? 'success' : 'warning'}>{t(isVerified ? 'adminSettings.domains.statusVerified' : 'adminSettings.domains.statusPending')}</Badge>
        </div>
        {canEdit && (
          <div className="flex gap-2">
            {!isVerified && <Button size="sm" icon={ShieldCheck} isLoading={verify.isPending} onClick={() => { verify.mutate(domain.id); }}>{t('adminSettings.domains.verify')}</Button>}
            <Button size="sm" variant="ghost" icon={Trash2} aria-label={t('adminSettings.domains.removeNamed', { domain: domain.domain })} onClick={onRemove}>
              {t('adminSettings.domains.remove')}
            </Button>
          </div>
        )}
      </div>
      {!isVerified && <TxtRecord domain={domain} />}
    </li>
  );
}

function TxtRecord({ domain }: { domain: AccountDomain }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-2 rounded-control bg-sunken p-3 text-sm">
      <p className="text-fg-muted">{t('adminSettings.domains.instructions')}</p>
      <dl className="flex flex-col gap-1">
        <RecordRow label={t('adminSettings.domains.recordType')} value="TXT" />
        <RecordRow label={t('adminSettings.domains.recordName')} value={domain.txtRecordName} copyLabel={t('adminSettings.domains.copyName')} />
        <RecordRow label={t('adminSettings.domains.recordValue')} value={domain.verificationToken} copyLabel={t('adminSettings.domains.copyValue')} />
      </dl>
    </div>
  );
}

function RecordRow({ label, value, copyLabel }: { label: string; value: string; copyLabel?: string }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] items-center gap-3">
      <dt className="font-medium">{label}</dt>
      <dd className="flex min-w-0 items-center gap-2">
        <span className="font-mono break-all">{value}</span>
        {copyLabel !== undefined && <CopyButton value={value} label={copyLabel} />}
      </dd>
    </div>
  );
}
