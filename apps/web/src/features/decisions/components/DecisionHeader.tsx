import { Download, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Badge } from '../../../ui/display/Badge';
import { PageHeader } from '../../../ui/display/PageHeader';
import type { DecisionAccess } from '../logic/access';
import { DecisionDetailsDialog } from './DecisionDetailsDialog';
import { DeleteDecisionDialog } from './DeleteDecisionDialog';
import { useExportDmn } from './useExportDmn';

interface DecisionHeaderProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  /** The version the page shows, which Export downloads. */
  shownVersion: number | null;
}

/** Name, description, what kind of decision it is and where its versions stand; rename, export, delete. */
export function DecisionHeader({ detail, access, shownVersion }: DecisionHeaderProps) {
  const t = useT();
  const [overlay, setOverlay] = useState<'details' | 'delete' | null>(null);
  const exportDmn = useExportDmn(detail);
  const actions = (
    <>
      {access.canUpdate && <Button icon={Pencil} onClick={() => { setOverlay('details'); }}>{t('decisions.editDetails')}</Button>}
      {shownVersion !== null && (
        <Button icon={Download} isLoading={exportDmn.isPending} onClick={() => { exportDmn.mutate(shownVersion); }}>{t('decisions.export')}</Button>
      )}
      {access.canDelete && <Button variant="danger" icon={Trash2} onClick={() => { setOverlay('delete'); }}>{t('decisions.delete')}</Button>}
    </>
  );
  return (
    <>
      <PageHeader title={detail.name} description={detail.description === '' ? undefined : detail.description} actions={actions} />
      <div className="flex flex-wrap items-center gap-2" aria-label={t('decisions.statusLabel')} role="group">
        <Badge>{t(`decisions.kind.${detail.kind}`)}</Badge>
        {detail.hitPolicy !== null && <Badge tone="accent">{t('decisions.hitPolicyBadge', { policy: t(`decisions.hitPolicy.${detail.hitPolicy}`) })}</Badge>}
        {detail.activeVersion === null
          ? <Badge tone="warning">{t('decisions.notPublished')}</Badge>
          : <Badge tone="success">{t('decisions.activeBadge', { version: detail.activeVersion })}</Badge>}
        {detail.draftVersion !== null && <Badge tone="info">{t('decisions.draftBadge', { version: detail.draftVersion })}</Badge>}
      </div>
      {overlay === 'details' && <DecisionDetailsDialog detail={detail} onClose={() => { setOverlay(null); }} />}
      {overlay === 'delete' && <DeleteDecisionDialog detail={detail} onClose={() => { setOverlay(null); }} />}
    </>
  );
}
