import type { AuditEntry } from '@flowforge/contracts';
import { RelativeTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../ui/display/Table';

interface AuditTableProps {
  entries: readonly AuditEntry[];
  now: number;
  onOpen: (entry: AuditEntry) => void;
}

function ActorCell({ entry }: { entry: AuditEntry }) {
  const t = useT();
  if (entry.actorId === null) return <span className="text-fg-muted">{t('audit.system')}</span>;
  if (entry.actorEmail === null) return <span className="font-mono text-xs">{entry.actorId.slice(0, 8)}</span>;
  return <span title={entry.actorEmail}>{entry.actorName ?? entry.actorEmail}</span>;
}

export function AuditTable({ entries, now, onOpen }: AuditTableProps) {
  const t = useT();
  const columns: TableColumn<AuditEntry>[] = [
    {
      id: 'time',
      header: t('audit.column.time'),
      sortValue: (entry) => entry.createdAt,
      cell: (entry) => <RelativeTime value={entry.createdAt} now={now} />,
    },
    {
      id: 'action',
      header: t('audit.column.action'),
      sortValue: (entry) => entry.action,
      // The action opens the entry's details (before/after) in a drawer.
      cell: (entry) => (
        <button type="button" title={t('audit.detail.show')} className="rounded-full" onClick={() => { onOpen(entry); }}>
          <Badge>{entry.action}</Badge>
          <span className="sr-only">{t('audit.detail.show')}</span>
        </button>
      ),
    },
    {
      id: 'resource',
      header: t('audit.column.resource'),
      sortValue: (entry) => entry.resourceType,
      cell: (entry) => <span className="font-mono text-xs">{entry.resourceType}{entry.resourceId ? ` ${entry.resourceId.slice(0, 8)}` : ''}</span>,
    },
    { id: 'actor', header: t('audit.column.actor'), sortValue: (entry) => entry.actorName ?? entry.actorEmail ?? '', cell: (entry) => <ActorCell entry={entry} /> },
    { id: 'ip', header: t('audit.column.ip'), cell: (entry) => entry.ip ?? '' },
  ];
  return <Table caption={t('audit.title')} isCaptionHidden columns={columns} rows={entries} getRowKey={(entry) => entry.id} />;
}
