import { useQuery } from '@tanstack/react-query';
import type { EmailSettings } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PageHeader } from '../../ui/display/PageHeader';
import { Alert } from '../../ui/feedback/Alert';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { emailSettingsQueryOptions } from './api/email-settings-api';
import { OutboxCard } from './components/OutboxCard';
import { SmtpSettingsForm } from './components/SmtpSettingsForm';

const DELIVERY_MESSAGES = {
  account: { title: 'mail.delivery.accountTitle', body: 'mail.delivery.accountBody' },
  instance: { title: 'mail.delivery.instanceTitle', body: 'mail.delivery.instanceBody' },
  held: { title: 'mail.delivery.heldTitle', body: 'mail.delivery.heldBody' },
} as const;

export function EmailSettingsPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('mail.title'));
  const query = useQuery(emailSettingsQueryOptions(me.account.id));
  const canEdit = me.permissions.includes('settings:update');

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('mail.title')} description={t('mail.subtitle', { account: me.account.name })} />
      {query.isPending ? (
        <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('mail.loading')}>
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-80 w-full" />
        </div>
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <SettingsSection accountId={me.account.id} settings={query.data} canEdit={canEdit} />
      )}
      <OutboxCard accountId={me.account.id} />
    </div>
  );
}

function SettingsSection({ accountId, settings, canEdit }: { accountId: string; settings: EmailSettings; canEdit: boolean }) {
  const t = useT();
  const delivery = DELIVERY_MESSAGES[settings.delivery];
  return (
    <>
      <Alert title={t(delivery.title)}>{t(delivery.body)}</Alert>
      {!canEdit && <Alert title={t('mail.readOnly')} />}
      <SmtpSettingsForm key={settings.smtp?.updatedAt ?? 'new'} accountId={accountId} settings={settings} canEdit={canEdit} />
    </>
  );
}
