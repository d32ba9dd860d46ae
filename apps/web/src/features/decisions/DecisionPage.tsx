import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { decisionQueryOptions } from './api/decisions-api';
import { DecisionView } from './DecisionView';

/** One decision: its versions, the table editor (or a DMN model's diagram) and the test panel. */
export function DecisionPage() {
  const t = useT();
  const me = useMe();
  const { decisionId } = useParams({ from: '/app/decisions/$decisionId' });
  const query = useQuery(decisionQueryOptions(me.account.id, decisionId));
  useDocumentTitle(query.data?.name ?? t('decisions.title'));
  return (
    <div className="flex flex-col gap-6">
      <Link to="/decisions" className="inline-flex items-center gap-1 self-start text-sm text-fg-muted hover:text-fg">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('decisions.backToList')}
      </Link>
      {query.isPending ? (
        <div className="flex flex-col gap-4" aria-busy="true" aria-label={t('decisions.loadingOne')}>
          <Skeleton className="h-8 w-72" />
          <Skeleton className="h-5 w-96" />
          <Skeleton className="h-11 w-full" />
          <Skeleton className="h-72 w-full" />
          <Skeleton className="h-48 w-full" />
        </div>
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <DecisionView key={query.data.id} detail={query.data} fetchedAt={query.dataUpdatedAt} />
      )}
    </div>
  );
}
