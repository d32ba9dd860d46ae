import { ArrowLeft, Trash2, Upload } from 'lucide-react';
import { useState } from 'react';
import type { DecisionDetail, DecisionVersion } from '@flowforge/contracts';
import { DmnImportError } from '@flowforge/decisions';
import { isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { PublishDialog } from '../components/PublishDialog';
import { DmnModelView } from '../drg/DmnModelView';
import { useDmnModel } from '../drg/useDmnModel';
import type { DecisionAccess } from '../logic/access';
import { fieldsFromNames } from '../logic/input-form';
import type { TestTarget } from '../test-panel/test-target';
import { VersionStatusBadge } from '../versions/VersionStatusBadge';
import { DecisionTabs } from './DecisionTabs';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { VersionBar } from './VersionBar';

interface DmnWorkspaceProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  version: DecisionVersion & { dmn: string };
  isCurrent: boolean;
  onView: (version: number | null) => void;
  now: number;
}

const ready = () => Promise.resolve(true);
const ignore = () => undefined;

/** One version of a DMN model: its bar, the requirements diagram with the decision picker, and the tabs. */
export function DmnWorkspace({ detail, access, version, isCurrent, onView, now }: DmnWorkspaceProps) {
  const t = useT();
  const model = useDmnModel([detail.id, version.version, version.revision], version.dmn);
  const [decision, setDecision] = useState('');
  const isDraft = version.status === 'draft';
  const label = t(isDraft ? 'decisions.draftLabel' : 'decisions.versionNumber', { version: version.version });
  const target: TestTarget = {
    decisionId: detail.id, version: isDraft ? 'draft' : version.version, versionLabel: label, decision: decision === '' ? undefined : decision,
    fields: fieldsFromNames(model.data?.inputNames ?? []), hasComplexInputs: false, prepare: ready,
  };
  return (
    <>
      <DmnVersionBar detail={detail} access={access} version={version} label={label} isCurrent={isCurrent} onView={onView} />
      {model.isPending && <Skeleton className="h-80 w-full" />}
      {model.isError && <ErrorState title={t('decisions.dmn.unreadable')} detail={readErrorDetail(model.error)} />}
      {model.data && <DmnModelView model={model.data} decision={decision} onDecision={setDecision} />}
      <DecisionTabs detail={detail} access={access} target={target} shown={version.version} onView={onView} onEvaluated={ignore} now={now} />
    </>
  );
}

function readErrorDetail(error: Error): string | undefined {
  if (error instanceof DmnImportError) return error.problems.map((problem) => problem.message).join(' ');
  return isApiProblem(error) ? error.detail : error.message;
}

interface DmnVersionBarProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  version: DecisionVersion;
  label: string;
  isCurrent: boolean;
  onView: (version: number | null) => void;
}

/** The bar above a DMN model: its version and status; back to the current one; publish or discard a draft. */
function DmnVersionBar({ detail, access, version, label, isCurrent, onView }: DmnVersionBarProps) {
  const t = useT();
  const [overlay, setOverlay] = useState<'publish' | 'discard' | null>(null);
  const isDraft = version.status === 'draft';
  const close = () => { setOverlay(null); };
  return (
    <>
      <VersionBar title={label} status={<><VersionStatusBadge status={version.status} /><span className="text-sm text-fg-muted">{t('decisions.dmn.readOnly')}</span></>}>
        {!isCurrent && <Button variant="ghost" icon={ArrowLeft} onClick={() => { onView(null); }}>{t('decisions.backToCurrent')}</Button>}
        {isDraft && access.canUpdate && detail.activeVersion !== null && <Button variant="ghost" icon={Trash2} onClick={() => { setOverlay('discard'); }}>{t('decisions.discard')}</Button>}
        {isDraft && access.canPublish && <Button variant="primary" icon={Upload} onClick={() => { setOverlay('publish'); }}>{t('decisions.publish.open')}</Button>}
      </VersionBar>
      {overlay === 'publish' && <PublishDialog detail={detail} table={null} flush={ready} onClose={close} />}
      {overlay === 'discard' && <DiscardDraftDialog detail={detail} onPauseSaving={ignore} onClose={close} />}
    </>
  );
}
