import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, Pencil, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { DecisionDetail, DecisionTable, DecisionVersion } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { useMe } from '../../session';
import { createDraft, decisionKeys } from '../api/decisions-api';
import { formProblemOf } from '../components/form-problem';
import type { DecisionAccess } from '../logic/access';
import { VersionStatusBadge } from '../versions/VersionStatusBadge';
import { RestoreVersionDialog } from '../versions/RestoreVersionDialog';
import { TableWorkspace } from './TableWorkspace';
import { VersionBar } from './VersionBar';

interface ReadOnlyWorkspaceProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  version: DecisionVersion & { table: DecisionTable };
  /** True when this is what the page shows by default (no draft): offers "Edit". */
  isCurrent: boolean;
  onView: (version: number | null) => void;
  now: number;
}

/** A published (or someone else's draft) version, read-only: edit it as a new draft, or restore an old one. */
export function ReadOnlyWorkspace({ detail, access, version, isCurrent, onView, now }: ReadOnlyWorkspaceProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const [isRestoring, setIsRestoring] = useState(false);
  const edit = useMutation({
    mutationFn: () => createDraft(detail.id, version.version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) }),
  });
  const canEditHere = isCurrent && access.canUpdate && detail.draftVersion === null;
  const label = t('decisions.versionNumber', { version: version.version });
  const toolbar = (
    <VersionBar title={label} status={<VersionStatusBadge status={version.status} />}>
      {!isCurrent && <Button variant="ghost" icon={ArrowLeft} onClick={() => { onView(null); }}>{t('decisions.backToCurrent')}</Button>}
      {!isCurrent && access.canUpdate && <Button icon={RotateCcw} onClick={() => { setIsRestoring(true); }}>{t('decisions.versions.restore')}</Button>}
      {canEditHere && <Button variant="primary" icon={Pencil} isLoading={edit.isPending} onClick={() => { edit.mutate(); }}>{t('decisions.edit')}</Button>}
    </VersionBar>
  );
  return (
    <>
      {edit.isError && <Alert tone="danger" title={formProblemOf(edit.error, t).title}>{formProblemOf(edit.error, t).detail}</Alert>}
      <TableWorkspace detail={detail} access={access} table={version.table} toolbar={toolbar}
        version={{ selector: version.status === 'draft' ? 'draft' : version.version, number: version.version, label }} onView={onView} now={now} />
      {isRestoring && <RestoreVersionDialog detail={detail} version={version.version} onClose={() => { setIsRestoring(false); }} onRestored={() => { onView(null); }} />}
    </>
  );
}
