import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@flowforge/contracts';
import { useFormat } from '../../../lib/format';
import { useT, type MessageKey } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { joinClassNames } from '../../../ui/class-names';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { Drawer } from '../../../ui/overlays/Drawer';
import { auditEntryQueryOptions } from '../api/audit-query';
import { diffJson, type DiffKind } from '../diff/json-diff';

interface AuditEntryDrawerProps {
  accountId: string;
  entryId: string | undefined;
  /** The entry as the list loaded it, shown at once while the full entry loads. */
  loaded: AuditEntry | undefined;
  onClose: () => void;
}

export function AuditEntryDrawer({ accountId, entryId, loaded, onClose }: AuditEntryDrawerProps) {
  const t = useT();
  const query = useQuery({ ...auditEntryQueryOptions(accountId, entryId ?? ''), enabled: entryId !== undefined, placeholderData: loaded });
  return (
    <Drawer open={entryId !== undefined} onClose={onClose} title={t('audit.detail.title')}>
      {query.data ? <EntryDetails entry={query.data} /> : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('audit.loading')}>
          {Array.from({ length: 5 }, (_, index) => <Skeleton key={index} className="h-6 w-full" />)}
        </div>
      )}
    </Drawer>
  );
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const format = useFormat();
  const facts: [MessageKey, string][] = [
    ['audit.column.time', format.formatTimestamp(entry.createdAt)],
    ['audit.column.action', entry.action],
    ['audit.column.resource', `${entry.resourceType}${entry.resourceId ? ` ${entry.resourceId}` : ''}`],
    ['audit.column.actor', entry.actorEmail ? `${entry.actorName ?? ''} <${entry.actorEmail}>` : entry.actorId ?? t('audit.system')],
    ['audit.column.ip', entry.ip ?? '—'],
    ['audit.detail.requestId', entry.requestId ?? '—'],
  ];
  return (
    <div className="flex flex-col gap-5 text-sm">
      <dl className="flex flex-col gap-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex flex-col">
            <dt className="text-fg-muted">{t(label)}</dt>
            <dd className="font-mono break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <ChangeTable before={entry.before} after={entry.after} />
    </div>
  );
}

const KIND_STYLE: Record<DiffKind, string> = {
  added: 'bg-success-subtle text-success-fg',
  removed: 'bg-danger-subtle text-danger-fg',
  changed: 'bg-warning-subtle text-warning-fg',
  unchanged: 'text-fg-muted',
};

function ChangeTable({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const rows = diffJson(before, after);
  if (rows.length === 0) return <p className="text-fg-muted">{t('audit.detail.noChanges')}</p>;
  return (
    <table className="w-full border-collapse text-xs">
      <caption className="pb-2 text-left text-sm font-medium">{t('audit.detail.changes')}</caption>
      <thead>
        <tr className="text-left text-fg-muted">
          <th scope="col" className="py-1 pr-2 font-medium">{t('audit.detail.field')}</th>
          <th scope="col" className="py-1 pr-2 font-medium">{t('audit.detail.before')}</th>
          <th scope="col" className="py-1 font-medium">{t('audit.detail.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} className={joinClassNames('border-t border-border align-top', KIND_STYLE[row.kind])}>
            <th scope="row" className="py-1 pr-2 text-left font-mono font-normal break-all">
              {row.path}
              <span className="sr-only"> ({t(`audit.detail.kind.${row.kind}`)})</span>
            </th>
            <td className="py-1 pr-2 font-mono break-all">{row.before ?? ''}</td>
            <td className="py-1 font-mono break-all">{row.after ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
