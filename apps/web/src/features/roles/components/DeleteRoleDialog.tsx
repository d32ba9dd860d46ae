import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { deleteRole, ROLES_QUERY_KEY } from '../api/roles-api';

/** "Delete the role Auditor?" naming how many people hold it and in how many groups. */
export function DeleteRoleDialog({ role, onClose }: { role: Role; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => deleteRole(role.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ROLES_QUERY_KEY });
      showToast({ tone: 'success', title: t('roles.deleted', { name: role.name }) });
      onClose();
    },
  });
  const holders = role.memberCount === 0 && role.groupCount === 0
    ? t('roles.deleteUnused')
    : t('roles.deleteHolders', { people: role.memberCount, groups: role.groupCount });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('roles.deleteTitle', { name: role.name })}
      description={holders}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('roles.cancel')}</Button>
          <Button variant="danger" isLoading={mutation.isPending} onClick={() => { mutation.mutate(); }}>{t('roles.delete')}</Button>
        </>
      )}
    >
      {mutation.isError && <Alert tone="danger" title={describeError(mutation.error, t).title}>{describeError(mutation.error, t).detail}</Alert>}
    </Dialog>
  );
}
