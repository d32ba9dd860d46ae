import { Link } from '@tanstack/react-router';
import type { DecisionSummary } from '@flowforge/contracts';
import { RelativeTime, useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../ui/display/Table';

/** The decisions of the account; the name opens the decision. */
export function DecisionsTable({ decisions, now }: { decisions: readonly DecisionSummary[]; now: number }) {
  const t = useT();
  const format = useFormat();
  const none = <span className="text-fg-muted">{t('decisions.none')}</span>;
  const columns: TableColumn<DecisionSummary>[] = [
    {
      id: 'name', header: t('decisions.column.name'), sortValue: (decision) => decision.name,
      cell: (decision) => (
        <div className="flex min-w-0 flex-col py-1">
          <Link to="/decisions/$decisionId" params={{ decisionId: decision.id }} className="font-medium text-accent-fg hover:underline">{decision.name}</Link>
          {decision.description !== '' && <span className="line-clamp-1 text-xs text-fg-muted">{decision.description}</span>}
        </div>
      ),
    },
    { id: 'kind', header: t('decisions.column.kind'), sortValue: (decision) => decision.kind, cell: (decision) => t(`decisions.kind.${decision.kind}`) },
    {
      id: 'hitPolicy', header: t('decisions.column.hitPolicy'), sortValue: (decision) => decision.hitPolicy ?? '',
      cell: (decision) => (decision.hitPolicy === null ? none : t(`decisions.hitPolicy.${decision.hitPolicy}`)),
    },
    {
      id: 'active', header: t('decisions.column.active'), align: 'end', sortValue: (decision) => decision.activeVersion ?? 0,
      cell: (decision) => (decision.activeVersion === null ? none : t('decisions.versionNumber', { version: decision.activeVersion })),
    },
    {
      id: 'draft', header: t('decisions.column.draft'), sortValue: (decision) => decision.draftVersion ?? 0,
      cell: (decision) => (decision.draftVersion === null ? none : <Badge tone="info">{t('decisions.draftBadge', { version: decision.draftVersion })}</Badge>),
    },
    { id: 'rules', header: t('decisions.column.rules'), align: 'end', sortValue: (decision) => decision.ruleCount, cell: (decision) => format.formatNumber(decision.ruleCount) },
    { id: 'updated', header: t('decisions.column.updated'), sortValue: (decision) => decision.updatedAt, cell: (decision) => <RelativeTime value={decision.updatedAt} now={now} /> },
  ];
  return <Table caption={t('decisions.title')} isCaptionHidden columns={columns} rows={decisions} getRowKey={(decision) => decision.id} />;
}
