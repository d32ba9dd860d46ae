import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { UserMinus, Users } from 'lucide-react';
import type { Group, GroupMemberPage } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { IconButton } from '../../../ui/controls/IconButton';
import { Badge } from '../../../ui/display/Badge';
import { Alert } from '../../../ui/feedback/Alert';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { addGroupMember, groupMembersQueryOptions, GROUPS_QUERY_KEY, removeGroupMember } from '../api/groups-api';
import { MemberPicker } from './MemberPicker';

/** Who is in the group: its own members and (marked) those of its sub-groups; static groups are edited here. */
export function GroupMembers({ group, canEdit }: { group: Group; canEdit: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const members = useQuery(groupMembersQueryOptions(group.id));
  const isEditable = canEdit && group.type === 'static';
  const change = useMutation({
    mutationFn: ({ userId, isAdding }: { userId: string; isAdding: boolean }) => (isAdding ? addGroupMember(group.id, userId) : removeGroupMember(group.id, userId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GROUPS_QUERY_KEY }),
  });
  const items = members.data?.items ?? [];

  return (
    <div className="flex flex-col gap-4">
      {group.type === 'dynamic' && <Alert title={t('groups.dynamicMembersTitle')}>{t('groups.dynamicMembers')}</Alert>}
      {isEditable && <MemberPicker memberIds={new Set(items.filter((m) => !m.isInherited).map((m) => m.userId))} isAdding={change.isPending}
        onAdd={(userId) => { change.mutate({ userId, isAdding: true }); }} />}
      {change.isError && <Alert tone="danger" title={describeError(change.error, t).title}>{describeError(change.error, t).detail}</Alert>}
      <MemberList group={group} query={members} isEditable={isEditable} isChanging={change.isPending} onRemove={(userId) => { change.mutate({ userId, isAdding: false }); }} />
      {members.data?.nextCursor && <p className="text-sm text-fg-muted">{t('groups.moreMembers', { count: items.length })}</p>}
    </div>
  );
}

interface MemberListProps {
  group: Group;
  query: UseQueryResult<GroupMemberPage>;
  isEditable: boolean;
  isChanging: boolean;
  onRemove: (userId: string) => void;
}

function MemberList({ group, query, isEditable, isChanging, onRemove }: MemberListProps) {
  const t = useT();
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('groups.loadingMembers')}>
        {Array.from({ length: 3 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return <EmptyState icon={Users} title={t('groups.noMembersTitle')} description={t(group.type === 'dynamic' ? 'groups.noMatches' : 'groups.noMembers')} />;
  }
  return (
    <ul aria-label={t('groups.membersOf', { name: group.name })} className="flex flex-col divide-y divide-border rounded-control border border-border">
      {query.data.items.map((member) => (
        <li key={member.userId} className="flex items-center justify-between gap-2 px-3 py-2">
          <span className="min-w-0">
            <span className="block truncate text-sm font-medium">{member.name}</span>
            <span className="block truncate text-xs text-fg-muted">{member.email}</span>
          </span>
          {member.viaGroup ? <Badge>{t('groups.via', { name: member.viaGroup.name })}</Badge> : isEditable && (
            <IconButton size="sm" icon={UserMinus} label={t('groups.removeNamed', { name: member.name })} disabled={isChanging}
              onClick={() => { onRemove(member.userId); }} />
          )}
        </li>
      ))}
    </ul>
  );
}
