import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { useToast } from '../../../ui/feedback/useToast';
import { useMe } from '../../session';
import { createDraft, decisionKeys, discardDraft } from '../api/decisions-api';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';

interface RestoreVersionDialogProps {
  detail: DecisionDetail;
  version: number;
  onClose: () => void;
  onRestored: () => void;
}

/** "Restore version 2 as the draft?": a copy of it becomes the draft (replacing an open draft). */
export function RestoreVersionDialog({ detail, version, onClose, onRestored }: RestoreVersionDialogProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const restore = useMutation({
    mutationFn: async () => {
      if (detail.draftVersion !== null) await discardDraft(detail.id);
      return createDraft(detail.id, version);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
      showToast({ tone: 'success', title: t('decisions.versions.restored', { version }) });
      onClose();
      onRestored();
    },
    // A discarded draft must not linger on the page if the copy failed.
    onError: () => void queryClient.invalidateQueries({ queryKey: decisionKeys.one(me.account.id, detail.id) }),
  });
  const description = detail.draftVersion === null
    ? t('decisions.versions.restoreNew', { version })
    : t('decisions.versions.restoreReplace', { version, draft: detail.draftVersion });
  return (
    <ConfirmDialog
      title={t('decisions.versions.restoreTitle', { version })}
      description={description}
      confirmLabel={t('decisions.versions.restore')}
      tone={detail.draftVersion === null ? 'primary' : 'danger'}
      isPending={restore.isPending}
      error={restore.error}
      onConfirm={() => { restore.mutate(); }}
      onClose={onClose}
    />
  );
}
