// Labels of the permission catalog in the user's language. The catalog comes from the server in
// English; a resource or action added there before it has a translation shows the server's text.
import type { MessageKey, Translate } from '../../lib/i18n';
import { groupsEn } from '../../lib/i18n/messages/groups.en';

function isMessageKey(key: string): key is MessageKey & keyof typeof groupsEn {
  return Object.hasOwn(groupsEn, key);
}

export function resourceLabel(t: Translate, resource: { resource: string; label: string }): string {
  const key = `permission.resource.${resource.resource}`;
  return isMessageKey(key) ? t(key) : resource.label;
}

export function actionLabel(t: Translate, action: { permission: string; description: string }): string {
  const key = `permission.${action.permission}`;
  return isMessageKey(key) ? t(key) : action.description;
}
