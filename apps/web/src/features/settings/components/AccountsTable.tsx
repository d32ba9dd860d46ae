import { useT } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../ui/display/Table';
import type { AccountSummary } from '../../session';

interface AccountsTableProps {
  accounts: readonly AccountSummary[];
  activeAccountId: string;
}

export function AccountsTable({ accounts, activeAccountId }: AccountsTableProps) {
  const t = useT();
  const columns: TableColumn<AccountSummary>[] = [
    {
      id: 'name',
      header: t('settings.accountName'),
      sortValue: (account) => account.name,
      cell: (account) => (
        <span className="flex items-center gap-2 font-medium">
          {account.name}
          {account.id === activeAccountId && <Badge tone="accent">{t('settings.current')}</Badge>}
        </span>
      ),
    },
    { id: 'slug', header: t('settings.accountSlug'), sortValue: (account) => account.slug, cell: (account) => account.slug },
  ];

  return (
    <Table
      caption={t('settings.accountsCaption')}
      isCaptionHidden
      columns={columns}
      rows={accounts}
      getRowKey={(account) => account.id}
      initialSort={{ columnId: 'name', direction: 'ascending' }}
    />
  );
}
