import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { useToast } from '../../../ui/feedback/useToast';
import { useMe } from '../../session';
import { decisionKeys, deleteDecision } from '../api/decisions-api';
import { ConfirmDialog } from '../../../ui/overlays/ConfirmDialog';

/** "Delete the decision *Credit risk*?" — with all its versions; back to the list afterwards. */
export function DeleteDecisionDialog({ detail, onClose }: { detail: DecisionDetail; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const remove = useMutation({
    mutationFn: () => deleteDecision(detail.id),
    onSuccess: async () => {
      showToast({ tone: 'success', title: t('decisions.deleted', { name: detail.name }) });
      // Leave the page first: its query would otherwise refetch the deleted decision.
      await navigate({ to: '/decisions' });
      queryClient.removeQueries({ queryKey: decisionKeys.one(me.account.id, detail.id) });
      await queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
    },
  });
  return (
    <ConfirmDialog
      title={t('decisions.deleteTitle', { name: detail.name })}
      description={t('decisions.deleteDescription', { count: detail.versions.length })}
      confirmLabel={t('decisions.delete')}
      isPending={remove.isPending}
      error={remove.error}
      onConfirm={() => { remove.mutate(); }}
      onClose={onClose}
    />
  );
}
