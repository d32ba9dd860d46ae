import { Eye, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { DecisionDetail, DecisionVersionSummary } from '@flowforge/contracts';
import { RelativeTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { VersionStatusBadge } from './VersionStatusBadge';
import { RestoreVersionDialog } from './RestoreVersionDialog';

interface VersionHistoryProps {
  detail: DecisionDetail;
  /** The version the page shows (null: the current one). */
  shown: number;
  canRestore: boolean;
  /** Shows a version; null shows the current one (the draft, else the active version). */
  onView: (version: number | null) => void;
  /** When the data was fetched, for "3 days ago". */
  now: number;
}

/** Every version, newest first: its status, note and when it was published; view one or restore it as the draft. */
export function VersionHistory({ detail, shown, canRestore, onView, now }: VersionHistoryProps) {
  const t = useT();
  const [restoring, setRestoring] = useState<DecisionVersionSummary | null>(null);
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);
  const columns: TableColumn<DecisionVersionSummary>[] = [
    { id: 'version', header: t('decisions.versions.version'), cell: (version) => <span className="font-medium">{t('decisions.versionNumber', { version: version.version })}</span> },
    { id: 'status', header: t('decisions.versions.status'), cell: (version) => <VersionStatusBadge status={version.status} /> },
    { id: 'comment', header: t('decisions.versions.comment'), cell: (version) => (version.comment === '' ? <span className="text-fg-muted">{t('decisions.none')}</span> : version.comment) },
    {
      id: 'published', header: t('decisions.versions.published'),
      cell: (version) => (version.publishedAt === null ? <span className="text-fg-muted">{t('decisions.versions.unpublished')}</span> : (
        <span>
          <RelativeTime value={version.publishedAt} now={now} />
          {version.publishedBy !== null && <span className="text-fg-muted">{t('decisions.versions.by', { name: version.publishedBy })}</span>}
        </span>
      )),
    },
    {
      id: 'actions', header: t('decisions.versions.actions'),
      cell: (version) => (
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" icon={Eye} disabled={version.version === shown} aria-label={t('decisions.versions.viewNamed', { version: version.version })}
            onClick={() => { onView(version.version); }}>{t('decisions.versions.view')}</Button>
          {canRestore && version.version !== detail.draftVersion && (
            <Button size="sm" variant="ghost" icon={RotateCcw} aria-label={t('decisions.versions.restoreNamed', { version: version.version })}
              onClick={() => { setRestoring(version); }}>{t('decisions.versions.restore')}</Button>
          )}
        </div>
      ),
    },
  ];
  return (
    <>
      <Table caption={t('decisions.versions.title')} isCaptionHidden columns={columns} rows={versions} getRowKey={(version) => String(version.version)} />
      {restoring && <RestoreVersionDialog detail={detail} version={restoring.version} onClose={() => { setRestoring(null); }} onRestored={() => { onView(null); }} />}
    </>
  );
}
