// Error boundary content for a page: the problem's title and detail (RFC 9457) in the user's
// words, its traceId, and a retry that re-runs the route and its queries.
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isApiProblem } from '../lib/api-problem';
import { useT } from '../lib/i18n';
import { describeError } from '../lib/problem-message';
import { ErrorState } from '../ui/feedback/ErrorState';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();
  const { title, detail, traceId } = describeError(error, t);

  useEffect(() => {
    // Problems are expected answers; anything else is a bug worth a console entry.
    if (!isApiProblem(error)) console.error(error);
    queryErrorReset.clearReset();
  }, [error, queryErrorReset]);

  const retry = () => {
    queryErrorReset.reset();
    reset();
    void router.invalidate();
  };

  return <ErrorState title={title} detail={detail} traceId={traceId} onRetry={retry} />;
}
