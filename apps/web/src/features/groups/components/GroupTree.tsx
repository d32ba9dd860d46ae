import { CornerDownRight, Eye, Pencil, Trash2 } from 'lucide-react';
import type { Group } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { IconButton } from '../../../ui/controls/IconButton';
import { Badge } from '../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { RoleSwatch } from '../../roles';
import type { TreeRow } from '../group-tree';

interface GroupTreeProps {
  rows: readonly TreeRow[];
  canEdit: boolean;
  canDelete: boolean;
  onOpen: (group: Group) => void;
  onDelete: (group: Group) => void;
}

/** The groups as an indented list: each sub-group under its parent. */
export function GroupTree({ rows, canEdit, canDelete, onOpen, onDelete }: GroupTreeProps) {
  const t = useT();
  const columns: TableColumn<TreeRow>[] = [
    {
      id: 'name',
      header: t('groups.column.name'),
      cell: ({ group, depth }) => (
        <span className="flex items-center gap-1.5" style={{ paddingInlineStart: `${String(depth * 1.25)}rem` }}>
          {depth > 0 && <CornerDownRight aria-hidden="true" className="size-3.5 shrink-0 text-fg-muted" />}
          <span className="font-medium">{group.name}</span>
          {group.parentName !== null && <span className="sr-only">{t('groups.inParent', { name: group.parentName })}</span>}
        </span>
      ),
    },
    { id: 'type', header: t('groups.column.type'), cell: ({ group }) => <Badge tone={group.type === 'dynamic' ? 'info' : 'neutral'}>{t(`groups.type.${group.type}`)}</Badge> },
    {
      id: 'members',
      header: t('groups.column.members'),
      align: 'end',
      cell: ({ group }) => (group.totalMemberCount === group.memberCount ? group.memberCount : t('groups.memberCounts', { own: group.memberCount, total: group.totalMemberCount })),
    },
    {
      id: 'roles',
      header: t('groups.column.roles'),
      cell: ({ group }) => (
        <span className="flex flex-wrap gap-1.5">
          {group.roles.map((role) => <span key={role.id} className="inline-flex items-center gap-1 text-sm"><RoleSwatch color={role.color} />{role.name}</span>)}
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('groups.column.actions'),
      align: 'end',
      cell: ({ group }) => (
        <span className="inline-flex gap-1">
          <IconButton size="sm" icon={canEdit ? Pencil : Eye} label={t(canEdit ? 'groups.editNamed' : 'groups.viewNamed', { name: group.name })} onClick={() => { onOpen(group); }} />
          {canDelete && <IconButton size="sm" icon={Trash2} label={t('groups.deleteNamed', { name: group.name })} onClick={() => { onDelete(group); }} />}
        </span>
      ),
    },
  ];
  return <Table caption={t('groups.title')} isCaptionHidden columns={columns} rows={rows} getRowKey={(row) => row.group.id} />;
}
