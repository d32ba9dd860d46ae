import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile, UpdateProfileBody } from '@flowforge/contracts';
import { collectFieldErrors, isApiProblem } from '../../../../lib/api-problem';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { useToast } from '../../../../ui/feedback/useToast';
import { updateCachedMe } from '../../api/me-cache';
import { PROFILE_QUERY_KEY, updateProfile } from '../../api/profile-api';
import { profileFieldFromProblemField, type ProfileField } from './profile-form';

export type ProfileFieldErrors = Partial<Record<ProfileField, string>>;

export interface SaveProfile {
  save: (body: UpdateProfileBody, onSaved: (profile: Profile) => void) => void;
  reset: () => void;
  isSaving: boolean;
  /** Server messages for the form's fields (from the problem's pointers). */
  fieldErrors: ProfileFieldErrors;
  /** What failed that no field shows. */
  summary: { title: string; detail: string | undefined } | null;
}

function describeFailure(error: unknown, t: ReturnType<typeof useT>): Pick<SaveProfile, 'fieldErrors' | 'summary'> {
  if (!error) return { fieldErrors: {}, summary: null };
  const fieldErrors: ProfileFieldErrors = {};
  const others: string[] = [];
  for (const [name, message] of Object.entries(isApiProblem(error) ? collectFieldErrors(error) : {})) {
    const field = profileFieldFromProblemField(name);
    if (field) fieldErrors[field] = message;
    else others.push(message);
  }
  if (others.length > 0) return { fieldErrors, summary: { title: t('profile.saveFailed'), detail: others.join(' ') } };
  return { fieldErrors, summary: Object.keys(fieldErrors).length > 0 ? null : describeError(error, t) };
}

/** Saves the profile; on success the profile and /me caches (name, zone, format) follow at once. */
export function useSaveProfile(): SaveProfile {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: (next) => {
      queryClient.setQueryData(PROFILE_QUERY_KEY, next);
      updateCachedMe(queryClient, (me) => ({
        ...me, user: { ...me.user, name: next.name, preferences: { ...me.user.preferences, timeZone: next.timeZone, formatLocale: next.formatLocale } },
      }));
      showToast({ title: t('profile.saved'), tone: 'success' });
    },
  });
  return {
    save: (body, onSaved) => { mutation.mutate(body, { onSuccess: onSaved }); },
    reset: mutation.reset,
    isSaving: mutation.isPending,
    ...describeFailure(mutation.error, t),
  };
}
