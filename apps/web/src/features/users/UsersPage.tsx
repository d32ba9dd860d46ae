import { useInfiniteQuery, type UseInfiniteQueryResult, type InfiniteData } from '@tanstack/react-query';
import { FileUp, UserPlus, UsersRound } from 'lucide-react';
import { useState } from 'react';
import type { User } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { readUserAccess, type UserAccess } from './api/user-access';
import { usersQueryOptions, type UserFilters as Filters, type UserPage } from './api/users-api';
import { InviteDialog } from './components/InviteDialog';
import { RemoveUserDialog } from './components/RemoveUserDialog';
import { UserDrawer } from './components/UserDrawer';
import { UserFilters } from './components/UserFilters';
import { UsersTable } from './components/UsersTable';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { ImportDialog } from './import/ImportDialog';

const NO_FILTERS: Filters = { q: '', status: '', roleId: '', sort: 'name' };
type Overlay = { kind: 'invite' } | { kind: 'import' } | { kind: 'user'; user: User } | { kind: 'remove'; user: User } | null;

/** Admin › Users: the people of the account, with search, filters, invitations and the CSV import. */
export function UsersPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('users.title'));
  const access = readUserAccess(me);
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState(NO_FILTERS);
  const q = useDebouncedValue(search.trim(), 300);
  const query = useInfiniteQuery(usersQueryOptions(me.account.id, { ...filters, q }));
  const [overlay, setOverlay] = useState<Overlay>(null);
  const isFiltered = q !== '' || filters.status !== '' || filters.roleId !== '';
  const actions = access.canCreate ? (
    <>
      <Button icon={FileUp} onClick={() => { setOverlay({ kind: 'import' }); }}>{t('users.import.open')}</Button>
      <Button variant="primary" icon={UserPlus} onClick={() => { setOverlay({ kind: 'invite' }); }}>{t('users.invite.open')}</Button>
    </>
  ) : undefined;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('users.title')} description={t('users.subtitle', { account: me.account.name })} actions={actions} />
      <UserFilters search={search} onSearch={setSearch} filters={filters} onChange={setFilters} />
      <UsersContent query={query} isFiltered={isFiltered} onClearFilters={() => { setSearch(''); setFilters(NO_FILTERS); }}
        onOpen={(user) => { setOverlay({ kind: 'user', user }); }} />
      <UserOverlays overlay={overlay} access={access} accountName={me.account.name} onChange={setOverlay} />
    </div>
  );
}

interface UserOverlaysProps {
  overlay: Overlay;
  access: UserAccess;
  accountName: string;
  onChange: (overlay: Overlay) => void;
}

/** The dialog or drawer open on top of the list, if any. */
function UserOverlays({ overlay, access, accountName, onChange }: UserOverlaysProps) {
  const close = () => { onChange(null); };
  switch (overlay?.kind) {
    case 'invite': return <InviteDialog onClose={close} />;
    case 'import': return <ImportDialog onClose={close} />;
    case 'user':
      return <UserDrawer key={overlay.user.id} user={overlay.user} access={access} onClose={close} onRemove={(user) => { onChange({ kind: 'remove', user }); }} />;
    case 'remove':
      return <RemoveUserDialog user={overlay.user} accountName={accountName} onClose={() => { onChange({ kind: 'user', user: overlay.user }); }} onRemoved={close} />;
    default: return null;
  }
}

interface UsersContentProps {
  query: UseInfiniteQueryResult<InfiniteData<UserPage>>;
  isFiltered: boolean;
  onClearFilters: () => void;
  onOpen: (user: User) => void;
}

function UsersContent({ query, isFiltered, onClearFilters, onOpen }: UsersContentProps) {
  const t = useT();
  const users = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('users.loading')}>
        {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  if (users.length === 0) {
    return isFiltered
      ? <EmptyState icon={UsersRound} title={t('users.noMatchTitle')} description={t('users.noMatchDescription')} action={<Button onClick={onClearFilters}>{t('users.clearFilters')}</Button>} />
      : <EmptyState icon={UsersRound} title={t('users.emptyTitle')} description={t('users.emptyDescription')} />;
  }
  return (
    <>
      <UsersTable users={users} now={query.dataUpdatedAt} onOpen={onOpen} />
      {query.hasNextPage && (
        <Button variant="secondary" className="self-center" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('users.loadMore')}
        </Button>
      )}
    </>
  );
}
