import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { useToast } from '../../../ui/feedback/useToast';
import { useMe } from '../../session';
import { decisionKeys, discardDraft } from '../api/decisions-api';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';

/** "Discard the draft of *Credit risk*?": its edits are lost; the active version stays in use. */
interface DiscardDraftDialogProps {
  detail: DecisionDetail;
  /** Stops autosave while the draft is being deleted (true) and resumes it if that failed (false). */
  onPauseSaving: (isPaused: boolean) => void;
  onClose: () => void;
}

export function DiscardDraftDialog({ detail, onPauseSaving, onClose }: DiscardDraftDialogProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const discard = useMutation({
    mutationFn: () => {
      onPauseSaving(true);
      return discardDraft(detail.id);
    },
    onError: () => { onPauseSaving(false); },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
      showToast({ tone: 'success', title: t('decisions.discarded', { version: detail.draftVersion ?? 0 }) });
      onClose();
    },
  });
  return (
    <ConfirmDialog
      title={t('decisions.discardTitle', { name: detail.name })}
      description={t('decisions.discardDescription', { version: detail.draftVersion ?? 0, active: detail.activeVersion ?? 0 })}
      confirmLabel={t('decisions.discard')}
      isPending={discard.isPending}
      error={discard.error}
      onConfirm={() => { discard.mutate(); }}
      onClose={onClose}
    />
  );
}
