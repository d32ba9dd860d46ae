import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Table2 } from 'lucide-react';
import { useState } from 'react';
import type { DecisionDetail, DecisionTable, DecisionVersion } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useMe } from '../../session';
import { decisionKeys, decisionVersionQueryOptions } from '../api/decisions-api';
import type { DecisionAccess } from '../logic/access';
import { isCurrentView, pickView, showsDraft } from '../logic/pick-view';
import { DraftWorkspace } from './DraftWorkspace';
import { ReadOnlyWorkspace } from './ReadOnlyWorkspace';

interface TableDecisionProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  /** A version picked in the history; null shows the current one. */
  viewing: number | null;
  onView: (version: number | null) => void;
  now: number;
}

type WithTable = DecisionVersion & { table: DecisionTable };

function withTable(version: DecisionVersion | null | undefined): WithTable | null {
  return version?.table ? { ...version, table: version.table } : null;
}

/** A decision table: the draft to edit (for those who may), else the active version read-only, or a picked version. */
export function TableDecision({ detail, access, viewing, onView, now }: TableDecisionProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const [reloads, setReloads] = useState(0);
  const draft = withTable(detail.draft);
  const active = withTable(detail.active);
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: decisionKeys.one(me.account.id, detail.id), exact: true });
    setReloads((count) => count + 1);
  };
  const common = { detail, access, onView, now };
  const view = pickView({ draftVersion: detail.draftVersion, activeVersion: detail.activeVersion, viewing, canUpdate: access.canUpdate });
  if (view.kind === 'past') return <PastVersion {...common} version={view.version} />;
  if (view.kind === 'draft' && draft) return <DraftWorkspace key={`${String(draft.version)}-${String(reloads)}`} {...common} draft={draft} onReload={() => void reload()} />;
  const shown = view.kind === 'none' ? null : showsDraft(view) ? draft : active;
  if (shown) return <ReadOnlyWorkspace {...common} version={shown} isCurrent={isCurrentView(view)} />;
  return <EmptyState icon={Table2} title={t('decisions.noVersionTitle')} description={t('decisions.noVersionDescription')} />;
}

function PastVersion({ detail, access, version, onView, now }: Omit<TableDecisionProps, 'viewing'> & { version: number }) {
  const t = useT();
  const me = useMe();
  const query = useQuery(decisionVersionQueryOptions(me.account.id, detail.id, version));
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('decisions.loadingVersion', { version })}>
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  const loaded = withTable(query.data);
  if (!loaded) return <ErrorState title={t('decisions.noTableTitle')} detail={t('decisions.noTableDetail')} />;
  return <ReadOnlyWorkspace detail={detail} access={access} version={loaded} isCurrent={false} onView={onView} now={now} />;
}
