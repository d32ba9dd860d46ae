import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UserSession } from '@flowforge/contracts';
import { RelativeTime, useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Badge } from '../../../ui/display/Badge';
import { Card } from '../../../ui/display/Card';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { listSessions, revokeSession, SESSIONS_QUERY_KEY } from '../api/security-api';
import { describeDevice } from '../api/describe-device';
import { SignOutOthersButton } from './SignOutOthersButton';

export function SessionsCard() {
  const t = useT();
  const query = useQuery({ queryKey: SESSIONS_QUERY_KEY, queryFn: ({ signal }) => listSessions(signal) });
  return (
    <Card title={t('security.sessions')} description={t('security.sessionsHint')}>
      {query.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          <SessionsTable sessions={query.data} now={query.dataUpdatedAt} />
          {query.data.length > 1 && <SignOutOthersButton count={query.data.length - 1} />}
        </div>
      )}
    </Card>
  );
}

function SessionsTable({ sessions, now }: { sessions: readonly UserSession[]; now: number }) {
  const t = useT();
  const format = useFormat();
  const [revoking, setRevoking] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const revoke = useMutation({
    mutationFn: revokeSession,
    onMutate: (id) => { setRevoking(id); },
    onSettled: () => { setRevoking(null); void queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY }); },
    onSuccess: () => { showToast({ title: t('security.sessionSignedOut'), tone: 'success' }); },
    onError: (error) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); },
  });
  const deviceName = (session: UserSession) => {
    const { browser, system } = describeDevice(session.userAgent);
    if (browser && system) return t('security.browserOnSystem', { browser, system });
    return browser ?? system ?? t('security.unknownDevice');
  };
  const columns: TableColumn<UserSession>[] = [
    {
      id: 'device',
      header: t('security.device'),
      cell: (session) => (
        <span className="flex items-center gap-2">
          {deviceName(session)}
          {session.isCurrent && <Badge tone="accent">{t('security.thisDevice')}</Badge>}
        </span>
      ),
    },
    { id: 'ip', header: t('security.ipAddress'), cell: (session) => session.ipAddress ?? '' },
    {
      id: 'signedIn',
      header: t('settings.sessionSignedIn'),
      sortValue: (session) => session.createdAt,
      cell: (session) => <time dateTime={session.createdAt}>{format.formatDateTime(session.createdAt)}</time>,
    },
    {
      id: 'lastUsed',
      header: t('security.lastUsed'),
      sortValue: (session) => session.lastUsedAt,
      cell: (session) => <RelativeTime value={session.lastUsedAt} now={now} />,
    },
    {
      id: 'actions',
      header: t('security.actions'),
      align: 'end',
      cell: (session) => session.isCurrent ? null : (
        <Button size="sm" variant="ghost" isLoading={revoking === session.id} aria-label={t('security.signOutDevice', { device: deviceName(session) })} onClick={() => { revoke.mutate(session.id); }}>
          {t('security.signOut')}
        </Button>
      ),
    },
  ];
  return <Table caption={t('security.sessions')} isCaptionHidden columns={columns} rows={sessions} getRowKey={(session) => session.id} />;
}
