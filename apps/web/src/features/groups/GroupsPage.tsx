import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Plus, UsersRound } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { Group } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { groupsQueryOptions } from './api/groups-api';
import { DeleteGroupDialog } from './components/DeleteGroupDialog';
import { GroupDrawer } from './components/GroupDrawer';
import { GroupTree } from './components/GroupTree';
import { buildTreeRows } from './group-tree';

type Access = { canEdit: boolean; canDelete: boolean };

/** The drawer's group: 'new' creates one; an id that left the list (deleted meanwhile) closes it. */
function findOpenGroup(groups: readonly Group[], openId: string | null): { isOpen: boolean; group: Group | undefined } {
  if (openId === 'new') return { isOpen: true, group: undefined };
  const group = groups.find((candidate) => candidate.id === openId);
  return { isOpen: group !== undefined, group };
}

/** Admin › Groups: static and dynamic groups as a tree, with their members and roles. */
export function GroupsPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('groups.title'));
  const groups = useQuery(groupsQueryOptions(me.account.id));
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Group | null>(null);
  const access: Access = { canEdit: me.permissions.includes('groups:update'), canDelete: me.permissions.includes('groups:delete') };
  const createButton = me.permissions.includes('groups:create')
    ? <Button variant="primary" icon={Plus} onClick={() => { setOpenId('new'); }}>{t('groups.new')}</Button>
    : undefined;
  const all = groups.data ?? [];
  const open = findOpenGroup(all, openId);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('groups.title')} description={t('groups.subtitle')} actions={createButton} />
      <GroupsContent query={groups} access={access} createButton={createButton} onOpen={(group) => { setOpenId(group.id); }} onDelete={setDeleting} />
      {open.isOpen && (
        // The drawer follows the list, so it shows fresh counts after members change.
        <GroupDrawer key={openId} group={open.group} groups={all} canEdit={access.canEdit} onClose={() => { setOpenId(null); }} />
      )}
      {deleting && (
        <DeleteGroupDialog group={deleting} childCount={all.filter((group) => group.parentId === deleting.id).length} onClose={() => { setDeleting(null); }} />
      )}
    </div>
  );
}

interface GroupsContentProps {
  query: UseQueryResult<Group[]>;
  access: Access;
  createButton: ReactNode;
  onOpen: (group: Group) => void;
  onDelete: (group: Group) => void;
}

function GroupsContent({ query, access, createButton, onOpen, onDelete }: GroupsContentProps) {
  const t = useT();
  const rows = useMemo(() => buildTreeRows(query.data ?? []), [query.data]);
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('groups.loading')}>
        {Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  if (rows.length === 0) return <EmptyState icon={UsersRound} title={t('groups.emptyTitle')} description={t('groups.emptyDescription')} action={createButton} />;
  return <GroupTree rows={rows} canEdit={access.canEdit} canDelete={access.canDelete} onOpen={onOpen} onDelete={onDelete} />;
}
