import { useQuery } from '@tanstack/react-query';
import { Network } from 'lucide-react';
import type { DecisionDetail, DecisionVersion } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { useMe } from '../../session';
import { decisionVersionQueryOptions } from '../api/decisions-api';
import type { DecisionAccess } from '../logic/access';
import { isCurrentView, pickView, showsDraft } from '../logic/pick-view';
import { DmnWorkspace } from './DmnWorkspace';

interface DmnDecisionProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  viewing: number | null;
  onView: (version: number | null) => void;
  now: number;
}

type WithDmn = DecisionVersion & { dmn: string };

function withDmn(version: DecisionVersion | null | undefined): WithDmn | null {
  return version?.dmn ? { ...version, dmn: version.dmn } : null;
}

/** An imported DMN model with several decisions: the version shown as a requirements diagram, and its tests. */
export function DmnDecision({ detail, access, viewing, onView, now }: DmnDecisionProps) {
  const t = useT();
  const draft = withDmn(detail.draft);
  const active = withDmn(detail.active);
  const view = pickView({ draftVersion: detail.draftVersion, activeVersion: detail.activeVersion, viewing, canUpdate: access.canUpdate || access.canPublish });
  const common = { detail, access, onView, now };
  if (view.kind === 'past') return <PastDmnVersion {...common} version={view.version} />;
  const shown = view.kind === 'none' ? null : showsDraft(view) ? draft : active;
  if (shown) return <DmnWorkspace {...common} version={shown} isCurrent={isCurrentView(view)} />;
  return <EmptyState icon={Network} title={t('decisions.noVersionTitle')} description={t('decisions.noVersionDescription')} />;
}

function PastDmnVersion({ version, ...common }: Omit<DmnDecisionProps, 'viewing'> & { version: number }) {
  const t = useT();
  const me = useMe();
  const query = useQuery(decisionVersionQueryOptions(me.account.id, common.detail.id, version));
  if (query.isPending) return <Skeleton className="h-80 w-full" />;
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  const loaded = withDmn(query.data);
  if (!loaded) return <ErrorState title={t('decisions.noTableTitle')} detail={t('decisions.noTableDetail')} />;
  return <DmnWorkspace {...common} version={loaded} isCurrent={false} />;
}
