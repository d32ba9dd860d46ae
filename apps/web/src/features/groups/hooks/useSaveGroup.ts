import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Group } from '@flowforge/contracts';
import { createGroup, GROUPS_QUERY_KEY, setGroupRoles, updateGroup } from '../api/groups-api';
import { haveRolesChanged, toCreateBody, toUpdateBody, type GroupDraft } from '../group-form';

async function saveGroup(group: Group | undefined, draft: GroupDraft): Promise<Group> {
  if (!group) return createGroup(toCreateBody(draft));
  const body = toUpdateBody(draft, group);
  const saved = body === null ? group : await updateGroup(group.id, body);
  if (haveRolesChanged(draft, group)) await setGroupRoles(group.id, draft.roleIds);
  return saved;
}

/** Creates a group, or saves an existing one's changes (its fields, then its roles). */
export function useSaveGroup(group: Group | undefined, onSaved: (group: Group) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: GroupDraft) => saveGroup(group, draft),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: GROUPS_QUERY_KEY });
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      onSaved(saved);
    },
  });
}
