import type { AuditEntry } from '@flowforge/contracts';
import { useLocale, useT } from '../../../lib/i18n';
import { formatDateTime, formatRelativeTime } from '../../../lib/relative-time';
import { Badge } from '../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../ui/display/Table';

interface AuditTableProps {
  entries: readonly AuditEntry[];
  now: number;
}

export function AuditTable({ entries, now }: AuditTableProps) {
  const t = useT();
  const locale = useLocale();
  const columns: TableColumn<AuditEntry>[] = [
    {
      id: 'time',
      header: t('audit.column.time'),
      sortValue: (entry) => entry.createdAt,
      cell: (entry) => {
        const at = Date.parse(entry.createdAt);
        return <time dateTime={entry.createdAt} title={formatDateTime(at, locale)}>{formatRelativeTime(at, now, locale)}</time>;
      },
    },
    { id: 'action', header: t('audit.column.action'), sortValue: (entry) => entry.action, cell: (entry) => <Badge>{entry.action}</Badge> },
    {
      id: 'resource',
      header: t('audit.column.resource'),
      sortValue: (entry) => entry.resourceType,
      cell: (entry) => <span className="font-mono text-xs">{entry.resourceType}{entry.resourceId ? ` ${entry.resourceId.slice(0, 8)}` : ''}</span>,
    },
    { id: 'actor', header: t('audit.column.actor'), cell: (entry) => <span className="font-mono text-xs">{entry.actorId?.slice(0, 8) ?? t('audit.system')}</span> },
    { id: 'ip', header: t('audit.column.ip'), cell: (entry) => entry.ip ?? '' },
  ];
  return <Table caption={t('audit.title')} isCaptionHidden columns={columns} rows={entries} getRowKey={(entry) => entry.id} />;
}
