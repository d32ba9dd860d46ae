import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';

interface SectionQueryProps<T> {
  query: UseQueryResult<T>;
  /** Names the loading placeholder for screen readers. */
  loadingLabel: string;
  children: (data: T) => ReactNode;
}

/** A settings section's loading skeleton, its error with a retry, or its content. */
export function SectionQuery<T>({ query, loadingLabel, children }: SectionQueryProps<T>) {
  const t = useT();
  if (query.isPending) {
    return (
      <div className="flex max-w-xl flex-col gap-4" aria-busy="true" aria-label={loadingLabel}>
        {Array.from({ length: 4 }, (_, index) => <Skeleton key={index} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
