import { Link } from '@tanstack/react-router';
import type { ServiceAccount } from '@flowforge/contracts';
import { RelativeTime, useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { StatusBadge } from './CredentialStatusBadge';

export function ServiceAccountsTable({ serviceAccounts, now }: { serviceAccounts: readonly ServiceAccount[]; now: number }) {
  const t = useT();
  const format = useFormat();
  const columns: TableColumn<ServiceAccount>[] = [
    {
      id: 'name', header: t('serviceAccounts.column.name'), sortValue: (account) => account.name,
      cell: (account) => (
        <Link to="/admin/service-accounts/$serviceAccountId" params={{ serviceAccountId: account.id }} className="font-medium text-accent-fg hover:underline">
          {account.name}
        </Link>
      ),
    },
    { id: 'description', header: t('serviceAccounts.column.description'), cell: (account) => <span className="text-fg-muted">{account.description}</span> },
    { id: 'keys', header: t('serviceAccounts.column.apiKeys'), align: 'end', sortValue: (account) => account.activeApiKeyCount, cell: (account) => format.formatNumber(account.activeApiKeyCount) },
    { id: 'clients', header: t('serviceAccounts.column.clients'), align: 'end', sortValue: (account) => account.activeOAuthClientCount, cell: (account) => format.formatNumber(account.activeOAuthClientCount) },
    {
      id: 'lastUsed', header: t('serviceAccounts.column.lastUsed'), sortValue: (account) => account.lastUsedAt ?? '',
      cell: (account) => account.lastUsedAt ? <RelativeTime value={account.lastUsedAt} now={now} /> : t('serviceAccounts.never'),
    },
    { id: 'status', header: t('serviceAccounts.column.status'), sortValue: (account) => account.status, cell: (account) => <StatusBadge status={account.status} /> },
  ];
  return <Table caption={t('serviceAccounts.title')} isCaptionHidden columns={columns} rows={serviceAccounts} getRowKey={(account) => account.id} />;
}
