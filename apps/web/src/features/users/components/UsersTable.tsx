import type { User } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { RelativeTime } from '../../../lib/format';
import { Avatar } from '../../../ui/display/Avatar';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { RoleBadges } from './RoleBadges';
import { UserStatusBadge } from './UserStatusBadge';

interface UsersTableProps {
  users: readonly User[];
  /** When the page was fetched, for "3 days ago". */
  now: number;
  onOpen: (user: User) => void;
}

/** The people of the account; the name opens the user's details. Sorted by the server. */
export function UsersTable({ users, now, onOpen }: UsersTableProps) {
  const t = useT();
  const columns: TableColumn<User>[] = [
    {
      id: 'name',
      header: t('users.column.name'),
      cell: (user) => (
        <button type="button" onClick={() => { onOpen(user); }} className="flex items-center gap-2 rounded-control py-1 text-left font-medium hover:underline">
          <Avatar name={user.name} />
          <span>{user.name}</span>
        </button>
      ),
    },
    { id: 'email', header: t('users.column.email'), cell: (user) => <span className="text-fg-muted">{user.email}</span> },
    { id: 'roles', header: t('users.column.roles'), cell: (user) => <RoleBadges roles={user.roles} /> },
    { id: 'status', header: t('users.column.status'), cell: (user) => <UserStatusBadge status={user.status} /> },
    {
      id: 'lastLogin',
      header: t('users.column.lastLogin'),
      cell: (user) => (user.lastLoginAt === null ? <span className="text-fg-muted">{t('users.neverSignedIn')}</span> : <RelativeTime value={user.lastLoginAt} now={now} />),
    },
  ];
  return <Table caption={t('users.title')} isCaptionHidden columns={columns} rows={users} getRowKey={(user) => user.id} />;
}
