import { Eye, Pencil, Trash2 } from 'lucide-react';
import type { Role } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { IconButton } from '../../../ui/controls/IconButton';
import { Badge } from '../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { RoleSwatch } from './RoleSwatch';

interface RolesTableProps {
  roles: readonly Role[];
  canEdit: boolean;
  canDelete: boolean;
  onOpen: (role: Role) => void;
  onDelete: (role: Role) => void;
}

export function RolesTable({ roles, canEdit, canDelete, onOpen, onDelete }: RolesTableProps) {
  const t = useT();
  const columns: TableColumn<Role>[] = [
    {
      id: 'name',
      header: t('roles.column.name'),
      sortValue: (role) => role.name,
      cell: (role) => (
        <span className="flex items-center gap-2">
          <RoleSwatch color={role.color} />
          <span className="font-medium">{role.name}</span>
          {role.systemKey && <Badge tone="info">{t('roles.system')}</Badge>}
        </span>
      ),
    },
    { id: 'description', header: t('roles.column.description'), cell: (role) => <span className="text-fg-muted">{role.description}</span> },
    { id: 'permissions', header: t('roles.column.permissions'), align: 'end', sortValue: (role) => role.permissions.length, cell: (role) => role.permissions.length },
    { id: 'members', header: t('roles.column.members'), align: 'end', sortValue: (role) => role.memberCount, cell: (role) => role.memberCount },
    {
      id: 'actions',
      header: t('roles.column.actions'),
      align: 'end',
      cell: (role) => {
        const isEditable = canEdit && role.systemKey === null;
        return (
          <span className="inline-flex gap-1">
            <IconButton size="sm" icon={isEditable ? Pencil : Eye} label={t(isEditable ? 'roles.editNamed' : 'roles.viewNamed', { name: role.name })} onClick={() => { onOpen(role); }} />
            {canDelete && role.systemKey === null && (
              <IconButton size="sm" icon={Trash2} label={t('roles.deleteNamed', { name: role.name })} onClick={() => { onDelete(role); }} />
            )}
          </span>
        );
      },
    },
  ];
  return <Table caption={t('roles.title')} isCaptionHidden columns={columns} rows={roles} getRowKey={(role) => role.id} />;
}
