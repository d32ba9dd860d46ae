import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ArrowLeft, Ban, Pencil } from 'lucide-react';
import { useState } from 'react';
import type { ServiceAccount } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { Alert } from '../../ui/feedback/Alert';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useToast } from '../../ui/feedback/useToast';
import { useMe } from '../session';
import { disableServiceAccount, serviceAccountKeys, serviceAccountQueryOptions } from './api/service-accounts-api';
import { ApiKeysCard } from './components/ApiKeysCard';
import { ConfirmDialog } from '../../ui/overlays/ConfirmDialog';
import { StatusBadge } from './components/CredentialStatusBadge';
import { CurlExamplesCard } from './components/CurlExamplesCard';
import { OAuthClientsCard } from './components/OAuthClientsCard';
import { ServiceAccountDialog } from './components/ServiceAccountDialog';

/** One service account: its API keys, its OAuth clients and how to call the API with them. */
export function ServiceAccountPage() {
  const t = useT();
  const me = useMe();
  const { serviceAccountId } = useParams({ from: '/app/admin/service-accounts/$serviceAccountId' });
  const query = useQuery(serviceAccountQueryOptions(me.account.id, serviceAccountId));
  useDocumentTitle(query.data?.name ?? t('serviceAccounts.title'));

  return (
    <div className="flex flex-col gap-6">
      <Link to="/admin/service-accounts" className="inline-flex items-center gap-1 self-start text-sm text-fg-muted hover:text-fg">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('serviceAccounts.backToList')}
      </Link>
      {query.isPending ? (
        <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('serviceAccounts.loading')}>
          <Skeleton className="h-8 w-64" />
          <Skeleton className="h-40 w-full" />
        </div>
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <ServiceAccountDetail serviceAccount={query.data} />
      )}
    </div>
  );
}

function ServiceAccountDetail({ serviceAccount }: { serviceAccount: ServiceAccount }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [isEditing, setIsEditing] = useState(false);
  const [isDisabling, setIsDisabling] = useState(false);
  const isDisabled = serviceAccount.status === 'disabled';
  const disable = useMutation({
    mutationFn: () => disableServiceAccount(serviceAccount.id),
    onSuccess: () => {
      setIsDisabling(false);
      showToast({ title: t('serviceAccounts.disabled', { name: serviceAccount.name }), tone: 'success' });
    },
    onError: (error) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) }),
  });
  const actions = !isDisabled && (
    <>
      {me.permissions.includes('service-accounts:update') && <Button icon={Pencil} onClick={() => { setIsEditing(true); }}>{t('serviceAccounts.edit')}</Button>}
      {me.permissions.includes('service-accounts:delete') && <Button variant="danger" icon={Ban} onClick={() => { setIsDisabling(true); }}>{t('serviceAccounts.disable')}</Button>}
    </>
  );
  return (
    <>
      <PageHeader title={serviceAccount.name} description={serviceAccount.description || undefined} actions={actions || undefined} />
      <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
        <StatusBadge status={serviceAccount.status} />
        <span>{t('serviceAccounts.actsAs', { name: serviceAccount.name })}</span>
      </div>
      {isDisabled && <Alert title={t('serviceAccounts.disabledTitle')}>{t('serviceAccounts.disabledDetail')}</Alert>}
      <ApiKeysCard serviceAccountId={serviceAccount.id} isDisabled={isDisabled} />
      <OAuthClientsCard serviceAccountId={serviceAccount.id} isDisabled={isDisabled} />
      <CurlExamplesCard />
      {isEditing && <ServiceAccountDialog serviceAccount={serviceAccount} onClose={() => { setIsEditing(false); }} />}
      {isDisabling && (
        <ConfirmDialog
          title={t('serviceAccounts.disableTitle', { name: serviceAccount.name })}
          description={t('serviceAccounts.disableDescription')}
          confirmLabel={t('serviceAccounts.disable')}
          isPending={disable.isPending}
          onConfirm={() => { disable.mutate(); }}
          onClose={() => { setIsDisabling(false); }}
        />
      )}
    </>
  );
}
