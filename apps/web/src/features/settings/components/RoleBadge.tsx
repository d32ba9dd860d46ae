import { useT, type MessageKey } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';

const ROLE_LABELS: Readonly<Record<string, MessageKey>> = {
  owner: 'role.owner',
  admin: 'role.admin',
  member: 'role.member',
};

/** A member's role in an account; roles this version does not know show as sent. */
export function RoleBadge({ role }: { role: string }) {
  const t = useT();
  const label = Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role] : undefined;
  return <Badge tone={role === 'owner' ? 'info' : 'neutral'}>{label === undefined ? role : t(label)}</Badge>;
}
