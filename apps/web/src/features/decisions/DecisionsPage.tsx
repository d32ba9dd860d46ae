import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { FileUp, Plus, Search, Table2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { DecisionPage as DecisionListPage } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { Field } from '../../ui/controls/Field';
import { Input } from '../../ui/controls/Input';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { decisionsQueryOptions } from './api/decisions-api';
import { CreateDecisionDialog } from './components/CreateDecisionDialog';
import { DecisionsTable } from './components/DecisionsTable';
import { ImportDmnDialog } from './components/ImportDmnDialog';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

type Overlay = 'create' | 'import' | null;

/** Decisions: the account's decision tables and DMN models, with search, create and `.dmn` import. */
export function DecisionsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t('decisions.title'));
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const query = useInfiniteQuery(decisionsQueryOptions(me.account.id, q));
  const [overlay, setOverlay] = useState<Overlay>(null);
  const canCreate = me.permissions.includes('decisions:create');
  const open = (id: string) => void navigate({ to: '/decisions/$decisionId', params: { decisionId: id } });
  const createButton = canCreate ? <Button variant="primary" icon={Plus} onClick={() => { setOverlay('create'); }}>{t('decisions.new')}</Button> : undefined;
  const actions = canCreate ? (
    <>
      <Button icon={FileUp} onClick={() => { setOverlay('import'); }}>{t('decisions.import.open')}</Button>
      {createButton}
    </>
  ) : undefined;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('decisions.title')} description={t('decisions.subtitle')} actions={actions} />
      <div role="search" aria-label={t('decisions.search.region')} className="max-w-md">
        <Field label={t('decisions.search.label')}>
          {(control) => (
            <div className="relative">
              <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-muted" />
              <Input {...control} type="search" className="pl-8" value={search} placeholder={t('decisions.search.placeholder')}
                onChange={(event) => { setSearch(event.target.value); }} />
            </div>
          )}
        </Field>
      </div>
      <DecisionsContent query={query} isFiltered={q !== ''} createButton={createButton} onClearSearch={() => { setSearch(''); }} />
      {overlay === 'create' && <CreateDecisionDialog onClose={() => { setOverlay(null); }} onCreated={open} />}
      {overlay === 'import' && <ImportDmnDialog onClose={() => { setOverlay(null); }} onImported={open} />}
    </div>
  );
}

interface DecisionsContentProps {
  query: UseInfiniteQueryResult<InfiniteData<DecisionListPage>>;
  isFiltered: boolean;
  createButton: ReactNode;
  onClearSearch: () => void;
}

function DecisionsContent({ query, isFiltered, createButton, onClearSearch }: DecisionsContentProps) {
  const t = useT();
  const decisions = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('decisions.loading')}>
        {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  if (decisions.length === 0) {
    return isFiltered
      ? <EmptyState icon={Search} title={t('decisions.noMatchTitle')} description={t('decisions.noMatchDescription')} action={<Button onClick={onClearSearch}>{t('decisions.clearSearch')}</Button>} />
      : <EmptyState icon={Table2} title={t('decisions.emptyTitle')} description={t('decisions.emptyDescription')} action={createButton} />;
  }
  return (
    <>
      <DecisionsTable decisions={decisions} now={query.dataUpdatedAt} />
      {query.hasNextPage && (
        <Button variant="secondary" className="self-center" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('decisions.loadMore')}
        </Button>
      )}
    </>
  );
}
