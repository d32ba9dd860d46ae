import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { NotificationMatrix } from '@flowforge/contracts';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { Card } from '../../../../ui/display/Card';
import { Alert } from '../../../../ui/feedback/Alert';
import { ErrorState } from '../../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../../ui/feedback/Skeleton';
import { useToast } from '../../../../ui/feedback/useToast';
import { getNotificationPreferences, NOTIFICATION_PREFERENCES_QUERY_KEY, saveNotificationPreferences } from '../../api/profile-api';
import { isSameMatrix, toggleChoice } from './notification-matrix';
import { NotificationMatrixTable } from './NotificationMatrixTable';

/** My settings → Notifications: which events reach me on which channel. */
export function NotificationsSection() {
  const t = useT();
  const query = useQuery({ queryKey: NOTIFICATION_PREFERENCES_QUERY_KEY, queryFn: ({ signal }) => getNotificationPreferences(signal) });
  return (
    <Card title={t('notificationPrefs.title')} description={t('notificationPrefs.hint')}>
      {query.isPending ? (
        <Skeleton className="h-96 w-full" />
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <NotificationsForm saved={query.data.events} />
      )}
    </Card>
  );
}

function NotificationsForm({ saved }: { saved: NotificationMatrix }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [matrix, setMatrix] = useState(saved);
  const mutation = useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (next) => {
      queryClient.setQueryData(NOTIFICATION_PREFERENCES_QUERY_KEY, next);
      setMatrix(next.events);
      showToast({ title: t('notificationPrefs.saved'), tone: 'success' });
    },
  });
  const isDirty = !isSameMatrix(matrix, saved);
  const failure = mutation.error ? describeError(mutation.error, t) : null;

  return (
    <form className="flex flex-col gap-4" onSubmit={(event) => { event.preventDefault(); mutation.mutate(matrix); }}>
      <NotificationMatrixTable matrix={matrix} onToggle={(cell) => { setMatrix((current) => toggleChoice(current, cell)); }} />
      {failure && <Alert tone="danger" title={failure.title}>{failure.detail}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" isLoading={mutation.isPending} disabled={!isDirty}>{t('notificationPrefs.save')}</Button>
        <Button variant="ghost" disabled={!isDirty} onClick={() => { setMatrix(saved); mutation.reset(); }}>{t('profile.discard')}</Button>
        <p className="text-sm text-fg-muted" aria-live="polite">{isDirty ? t('profile.unsaved') : ''}</p>
      </div>
    </form>
  );
}
