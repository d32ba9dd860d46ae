import { useInfiniteQuery } from '@tanstack/react-query';
import { ScrollText } from 'lucide-react';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { auditLogQueryOptions } from './api/audit-query';
import { AuditTable } from './components/AuditTable';

export function AuditLogPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('audit.title'));
  const query = useInfiniteQuery(auditLogQueryOptions(me.account.id));
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('audit.title')} description={t('audit.subtitle', { account: me.account.name })} />
      {query.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('audit.loading')}>
          {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
        </div>
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState icon={ScrollText} title={t('audit.emptyTitle')} description={t('audit.emptyDescription')} />
      ) : (
        <>
          <AuditTable entries={entries} now={query.dataUpdatedAt} />
          {query.hasNextPage && (
            <Button variant="secondary" className="self-center" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {t('audit.loadMore')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
