import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Download, ScrollText } from 'lucide-react';
import type { AuditEntry } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { buttonClassName } from '../../ui/controls/button-styles';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { auditLogQueryOptions } from './api/audit-query';
import { compactFilters, exportUrl, FILTER_KEYS, hasFilters, type AuditFilters } from './audit-filters';
import { AuditEntryDrawer } from './components/AuditEntryDrawer';
import { AuditFilterBar } from './components/AuditFilterBar';
import { AuditTable } from './components/AuditTable';

type AuditSearch = AuditFilters & { entry?: string | undefined };

function readFilters(search: Record<string, unknown>): AuditFilters {
  return Object.fromEntries(FILTER_KEYS.flatMap((key) => (typeof search[key] === 'string' ? [[key, search[key]]] : [])));
}

/** The audit log (spec 15.4): filters in the URL, CSV export of what is filtered, details in a drawer. */
export function AuditLogPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('audit.title'));
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const filters = readFilters(search);
  const entryId = typeof search.entry === 'string' ? search.entry : undefined;
  const query = useInfiniteQuery(auditLogQueryOptions(me.account.id, filters));
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];
  const go = (next: AuditSearch) => void navigate({ to: '/audit', search: next });
  const exportLink = (
    <a href={exportUrl(filters)} download className={buttonClassName()}>
      <Download aria-hidden="true" className="size-4" />
      {t('audit.export')}
    </a>
  );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('audit.title')} description={t('audit.subtitle', { account: me.account.name })}
        actions={me.permissions.includes('audit:export') ? exportLink : undefined} />
      <AuditFilterBar key={JSON.stringify(filters)} accountId={me.account.id} filters={filters} onApply={(next) => { go(compactFilters(next)); }} />
      {query.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('audit.loading')}>
          {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
        </div>
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <NoEntries isFiltered={hasFilters(filters)} onClear={() => { go({}); }} />
      ) : (
        <>
          <AuditTable entries={entries} now={query.dataUpdatedAt} onOpen={(entry: AuditEntry) => { go({ ...filters, entry: entry.id }); }} />
          {query.hasNextPage && (
            <Button variant="secondary" className="self-center" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {t('audit.loadMore')}
            </Button>
          )}
        </>
      )}
      <AuditEntryDrawer accountId={me.account.id} entryId={entryId} loaded={entries.find((entry) => entry.id === entryId)} onClose={() => { go(filters); }} />
    </div>
  );
}

function NoEntries({ isFiltered, onClear }: { isFiltered: boolean; onClear: () => void }) {
  const t = useT();
  if (!isFiltered) return <EmptyState icon={ScrollText} title={t('audit.emptyTitle')} description={t('audit.emptyDescription')} />;
  return (
    <EmptyState icon={ScrollText} title={t('audit.noMatchTitle')} description={t('audit.noMatchDescription')}
      action={<Button onClick={onClear}>{t('audit.filter.clear')}</Button>} />
  );
}
