import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Bot, Plus } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { serviceAccountsQueryOptions } from './api/service-accounts-api';
import { ServiceAccountDialog } from './components/ServiceAccountDialog';
import { ServiceAccountsTable } from './components/ServiceAccountsTable';

/** Admin › Service accounts: the account's non-interactive identities, with their keys and clients. */
export function ServiceAccountsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t('serviceAccounts.title'));
  const [isCreating, setIsCreating] = useState(false);
  const createButton = me.permissions.includes('service-accounts:create') && (
    <Button variant="primary" icon={Plus} onClick={() => { setIsCreating(true); }}>{t('serviceAccounts.new')}</Button>
  );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('serviceAccounts.title')} description={t('serviceAccounts.subtitle')} actions={createButton || undefined} />
      <ServiceAccountList createButton={createButton || undefined} />
      {isCreating && (
        <ServiceAccountDialog
          onClose={() => { setIsCreating(false); }}
          onSaved={(saved) => void navigate({ to: '/admin/service-accounts/$serviceAccountId', params: { serviceAccountId: saved.id } })}
        />
      )}
    </div>
  );
}

function ServiceAccountList({ createButton }: { createButton: ReactNode }) {
  const t = useT();
  const me = useMe();
  const query = useInfiniteQuery(serviceAccountsQueryOptions(me.account.id));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('serviceAccounts.loading')}>
        {Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <EmptyState icon={Bot} title={t('serviceAccounts.emptyTitle')} description={t('serviceAccounts.emptyDescription')} action={createButton} />;
  return (
    <>
      <ServiceAccountsTable serviceAccounts={items} now={query.dataUpdatedAt} />
      {query.hasNextPage && (
        <Button variant="secondary" className="self-center" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('serviceAccounts.loadMore')}
        </Button>
      )}
    </>
  );
}
