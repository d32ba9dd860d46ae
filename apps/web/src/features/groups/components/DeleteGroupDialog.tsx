import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Group } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { deleteGroup, GROUPS_QUERY_KEY } from '../api/groups-api';

/** "Delete the group Sales?" saying who loses what and where the sub-groups go. */
export function DeleteGroupDialog({ group, childCount, onClose }: { group: Group; childCount: number; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => deleteGroup(group.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: GROUPS_QUERY_KEY });
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      showToast({ tone: 'success', title: t('groups.deleted', { name: group.name }) });
      onClose();
    },
  });
  const consequences = [
    t('groups.deleteMembers', { count: group.memberCount }),
    ...(childCount > 0 ? [t('groups.deleteChildren', { count: childCount })] : []),
  ].join(' ');
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('groups.deleteTitle', { name: group.name })}
      description={consequences}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('groups.cancel')}</Button>
          <Button variant="danger" isLoading={mutation.isPending} onClick={() => { mutation.mutate(); }}>{t('groups.delete')}</Button>
        </>
      )}
    >
      {mutation.isError && <Alert tone="danger" title={describeError(mutation.error, t).title}>{describeError(mutation.error, t).detail}</Alert>}
    </Dialog>
  );
}
