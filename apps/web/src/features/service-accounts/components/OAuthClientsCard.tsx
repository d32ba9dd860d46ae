import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, ShieldEllipsis } from 'lucide-react';
import { useState } from 'react';
import type { OAuthClient } from '@flowforge/contracts';
import { RelativeTime, useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Card } from '../../../ui/display/Card';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { useMe } from '../../session';
import { oauthClientsQueryOptions, revokeOAuthClient, serviceAccountKeys } from '../api/service-accounts-api';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';
import { CopyButton } from './CopyButton';
import { CreateOAuthClientDialog } from './CreateOAuthClientDialog';
import { StatusBadge } from './CredentialStatusBadge';
import { RotateSecretDialog } from './RotateSecretDialog';

export function OAuthClientsCard({ serviceAccountId, isDisabled }: { serviceAccountId: string; isDisabled: boolean }) {
  const t = useT();
  const me = useMe();
  const query = useQuery(oauthClientsQueryOptions(me.account.id, serviceAccountId));
  const [isCreating, setIsCreating] = useState(false);
  const canCreate = me.permissions.includes('service-accounts:create') && !isDisabled;
  const createButton = canCreate && (
    <Button icon={Plus} onClick={() => { setIsCreating(true); }}>{t('serviceAccounts.clients.new')}</Button>
  );
  return (
    <Card title={t('serviceAccounts.clients.title')} description={t('serviceAccounts.clients.description')}>
      {query.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState icon={ShieldEllipsis} title={t('serviceAccounts.clients.emptyTitle')} description={t('serviceAccounts.clients.emptyDescription')} action={createButton || undefined} />
      ) : (
        <div className="flex flex-col gap-3">
          <OAuthClientsTable serviceAccountId={serviceAccountId} clients={query.data} now={query.dataUpdatedAt} canRotate={!isDisabled} />
          {createButton && <div>{createButton}</div>}
        </div>
      )}
      {isCreating && <CreateOAuthClientDialog serviceAccountId={serviceAccountId} onClose={() => { setIsCreating(false); }} />}
    </Card>
  );
}

type TableProps = { serviceAccountId: string; clients: readonly OAuthClient[]; now: number; canRotate: boolean };

function OAuthClientsTable({ serviceAccountId, clients, now, canRotate }: TableProps) {
  const t = useT();
  const me = useMe();
  const [rotating, setRotating] = useState<OAuthClient | null>(null);
  const [revoking, setRevoking] = useState<OAuthClient | null>(null);
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const revoke = useMutation({
    mutationFn: (client: OAuthClient) => revokeOAuthClient(serviceAccountId, client.id),
    onSuccess: (_result, client) => {
      setRevoking(null);
      showToast({ title: t('serviceAccounts.clients.revoked', { name: client.name }), tone: 'success' });
    },
    onError: (error) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) }),
  });
  const columns = useClientColumns({ now, canRotate, onRotate: setRotating, onRevoke: setRevoking });
  return (
    <>
      <Table caption={t('serviceAccounts.clients.title')} isCaptionHidden columns={columns} rows={clients} getRowKey={(client) => client.id} />
      {rotating && <RotateSecretDialog serviceAccountId={serviceAccountId} client={rotating} onClose={() => { setRotating(null); }} />}
      {revoking && (
        <ConfirmDialog
          title={t('serviceAccounts.clients.revokeTitle', { name: revoking.name })}
          description={t('serviceAccounts.clients.revokeDescription')}
          confirmLabel={t('serviceAccounts.revoke')}
          isPending={revoke.isPending}
          onConfirm={() => { revoke.mutate(revoking); }}
          onClose={() => { setRevoking(null); }}
        />
      )}
    </>
  );
}

type ColumnOptions = { now: number; canRotate: boolean; onRotate: (client: OAuthClient) => void; onRevoke: (client: OAuthClient) => void };

function useClientColumns({ now, canRotate, onRotate, onRevoke }: ColumnOptions): TableColumn<OAuthClient>[] {
  const t = useT();
  const me = useMe();
  const format = useFormat();
  const mayRotate = canRotate && me.permissions.includes('service-accounts:update');
  const mayRevoke = me.permissions.includes('service-accounts:delete');
  return [
    { id: 'name', header: t('serviceAccounts.column.name'), sortValue: (client) => client.name, cell: (client) => client.name },
    {
      id: 'clientId', header: t('serviceAccounts.clients.clientId'),
      cell: (client) => (
        <span className="flex items-center gap-1">
          <code className="text-xs">{client.clientId}</code>
          <CopyButton value={client.clientId} label={t('serviceAccounts.clients.copyClientIdOf', { name: client.name })} />
        </span>
      ),
    },
    { id: 'scopes', header: t('serviceAccounts.column.scopes'), cell: (client) => <span title={client.permissions.join('\n')}>{format.formatNumber(client.permissions.length)}</span> },
    { id: 'lastUsed', header: t('serviceAccounts.column.lastToken'), cell: (client) => client.lastUsedAt ? <RelativeTime value={client.lastUsedAt} now={now} /> : t('serviceAccounts.never') },
    { id: 'rotated', header: t('serviceAccounts.column.secretRotated'), cell: (client) => client.secretRotatedAt ? <RelativeTime value={client.secretRotatedAt} now={now} /> : t('serviceAccounts.never') },
    { id: 'status', header: t('serviceAccounts.column.status'), cell: (client) => <StatusBadge status={client.status} /> },
    {
      id: 'actions', header: t('serviceAccounts.column.actions'), align: 'end',
      cell: (client) => client.status === 'revoked' ? null : (
        <span className="flex justify-end gap-1">
          {mayRotate && <Button size="sm" variant="ghost" aria-label={t('serviceAccounts.clients.rotateNamed', { name: client.name })} onClick={() => { onRotate(client); }}>{t('serviceAccounts.clients.rotate')}</Button>}
          {mayRevoke && <Button size="sm" variant="ghost" aria-label={t('serviceAccounts.clients.revokeNamed', { name: client.name })} onClick={() => { onRevoke(client); }}>{t('serviceAccounts.revoke')}</Button>}
        </span>
      ),
    },
  ];
}
