import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import type { ApiKey } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { RelativeTime, useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Card } from '../../../ui/display/Card';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useToast } from '../../../ui/feedback/useToast';
import { useMe } from '../../session';
import { apiKeysQueryOptions, revokeApiKey, serviceAccountKeys } from '../api/service-accounts-api';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { StatusBadge } from './CredentialStatusBadge';

interface CardProps {
  serviceAccountId: string;
  isDisabled: boolean;
}

export function ApiKeysCard({ serviceAccountId, isDisabled }: CardProps) {
  const t = useT();
  const me = useMe();
  const query = useQuery(apiKeysQueryOptions(me.account.id, serviceAccountId));
  const [isCreating, setIsCreating] = useState(false);
  const canCreate = me.permissions.includes('service-accounts:create') && !isDisabled;
  const createButton = canCreate && (
    <Button icon={Plus} onClick={() => { setIsCreating(true); }}>{t('serviceAccounts.apiKeys.new')}</Button>
  );
  return (
    <Card title={t('serviceAccounts.apiKeys.title')} description={t('serviceAccounts.apiKeys.description')}>
      {query.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState icon={KeyRound} title={t('serviceAccounts.apiKeys.emptyTitle')} description={t('serviceAccounts.apiKeys.emptyDescription')} action={createButton || undefined} />
      ) : (
        <div className="flex flex-col gap-3">
          <ApiKeysTable serviceAccountId={serviceAccountId} keys={query.data} now={query.dataUpdatedAt} />
          {createButton && <div>{createButton}</div>}
        </div>
      )}
      {isCreating && <CreateApiKeyDialog serviceAccountId={serviceAccountId} onClose={() => { setIsCreating(false); }} />}
    </Card>
  );
}

function ApiKeysTable({ serviceAccountId, keys, now }: { serviceAccountId: string; keys: readonly ApiKey[]; now: number }) {
  const t = useT();
  const me = useMe();
  const format = useFormat();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(serviceAccountId, key.id),
    onSuccess: (_result, key) => {
      setRevoking(null);
      showToast({ title: t('serviceAccounts.apiKeys.revoked', { name: key.name }), tone: 'success' });
    },
    onError: (error) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) }),
  });
  const canRevoke = me.permissions.includes('service-accounts:delete');
  const columns: TableColumn<ApiKey>[] = [
    { id: 'name', header: t('serviceAccounts.column.name'), sortValue: (key) => key.name, cell: (key) => key.name },
    { id: 'prefix', header: t('serviceAccounts.column.prefix'), cell: (key) => <code className="text-xs">{key.prefix}…</code> },
    {
      id: 'permissions', header: t('serviceAccounts.column.permissions'), sortValue: (key) => key.permissions.length,
      cell: (key) => <span title={key.permissions.join('\n')}>{format.formatNumber(key.permissions.length)}</span>,
    },
    { id: 'ips', header: t('serviceAccounts.column.ipAllowlist'), cell: (key) => key.ipAllowlist.length === 0 ? t('serviceAccounts.anywhere') : <span className="font-mono text-xs">{key.ipAllowlist.join(', ')}</span> },
    { id: 'expires', header: t('serviceAccounts.column.expires'), sortValue: (key) => key.expiresAt ?? '', cell: (key) => key.expiresAt ? format.formatDate(key.expiresAt) : t('serviceAccounts.never') },
    { id: 'lastUsed', header: t('serviceAccounts.column.lastUsed'), sortValue: (key) => key.lastUsedAt ?? '', cell: (key) => key.lastUsedAt ? <RelativeTime value={key.lastUsedAt} now={now} /> : t('serviceAccounts.never') },
    { id: 'status', header: t('serviceAccounts.column.status'), cell: (key) => <StatusBadge status={key.status} /> },
    {
      id: 'actions', header: t('serviceAccounts.column.actions'), align: 'end',
      cell: (key) => canRevoke && key.status !== 'revoked' ? (
        <Button size="sm" variant="ghost" aria-label={t('serviceAccounts.apiKeys.revokeNamed', { name: key.name })} onClick={() => { setRevoking(key); }}>
          {t('serviceAccounts.revoke')}
        </Button>
      ) : null,
    },
  ];
  return (
    <>
      <Table caption={t('serviceAccounts.apiKeys.title')} isCaptionHidden columns={columns} rows={keys} getRowKey={(key) => key.id} />
      {revoking && (
        <ConfirmDialog
          title={t('serviceAccounts.apiKeys.revokeTitle', { name: revoking.name })}
          description={t('serviceAccounts.apiKeys.revokeDescription')}
          confirmLabel={t('serviceAccounts.revoke')}
          isPending={revoke.isPending}
          onConfirm={() => { revoke.mutate(revoking); }}
          onClose={() => { setRevoking(null); }}
        />
      )}
    </>
  );
}
