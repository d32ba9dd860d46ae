import { Trash2, Upload } from 'lucide-react';
import { useState } from 'react';
import type { DecisionDetail, DecisionTable, DecisionVersion } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { PublishDialog } from '../components/PublishDialog';
import { SaveIndicator } from '../components/SaveIndicator';
import { useDraftAutosave } from '../hooks/useDraftAutosave';
import type { DecisionAccess } from '../logic/access';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { TableWorkspace } from './TableWorkspace';
import { VersionBar } from './VersionBar';

interface DraftWorkspaceProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  draft: DecisionVersion & { table: DecisionTable };
  onView: (version: number | null) => void;
  /** Fetches the decision again and starts over from the server's draft (after a conflict). */
  onReload: () => void;
  now: number;
}

/** The open draft, edited in the grid and saved as you go; publish or discard it from its bar. */
export function DraftWorkspace({ detail, access, draft, onView, onReload, now }: DraftWorkspaceProps) {
  const t = useT();
  const autosave = useDraftAutosave({ decisionId: detail.id, draft });
  const [overlay, setOverlay] = useState<'publish' | 'discard' | null>(null);
  const label = t('decisions.draftLabel', { version: draft.version });
  const toolbar = (
    <VersionBar title={label} status={<SaveIndicator status={autosave.status} onReload={onReload} onRetry={() => void autosave.flush()} />}>
      {access.canUpdate && detail.activeVersion !== null && (
        <Button variant="ghost" icon={Trash2} onClick={() => { setOverlay('discard'); }}>{t('decisions.discard')}</Button>
      )}
      {access.canPublish && <Button variant="primary" icon={Upload} onClick={() => { setOverlay('publish'); }}>{t('decisions.publish.open')}</Button>}
    </VersionBar>
  );
  // After a conflict the grid stops taking edits: they could not be saved.
  const isEditable = access.canUpdate && autosave.status !== 'conflict';
  return (
    <>
      <TableWorkspace detail={detail} access={access} table={autosave.table} onChange={isEditable ? autosave.change : undefined} toolbar={toolbar}
        version={{ selector: 'draft', number: draft.version, label }} prepare={autosave.flush} onView={onView} now={now} />
      {overlay === 'publish' && <PublishDialog detail={detail} table={autosave.table} flush={autosave.flush} onClose={() => { setOverlay(null); }} />}
      {overlay === 'discard' && <DiscardDraftDialog detail={detail} onPauseSaving={autosave.pause} onClose={() => { setOverlay(null); }} />}
    </>
  );
}
