import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { useToast } from '../../../ui/feedback/useToast';
import { ME_QUERY_KEY, useMe } from '../../session';
import { settingsQueryKey, type SettingsSection } from '../api/admin-settings-api';

interface SaveOptions {
  /** The change shows in the shell too (account name, switched-off modules): reload the session. */
  refreshesSession?: boolean;
}

/** Saves one section: the answer replaces the section's data, a toast confirms or reports the failure, the session reloads if asked. */
export function useSaveSettings<TBody, TData>(section: SettingsSection, save: (body: TBody) => Promise<TData>, options: SaveOptions = {}) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  return useMutation({
    mutationFn: save,
    onSuccess: async (data) => {
      queryClient.setQueryData(settingsQueryKey(me.account.id, section), data);
      showToast({ title: t('adminSettings.saved'), tone: 'success' });
      if (options.refreshesSession === true) await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
    // Field errors also show next to their fields; the toast says that (and why) nothing was saved.
    onError: (error) => {
      const { title, detail } = describeError(error, t);
      showToast({ title, description: detail, tone: 'danger' });
    },
  });
}
