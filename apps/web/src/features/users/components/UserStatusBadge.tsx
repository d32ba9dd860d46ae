import type { UserStatus } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Badge, type BadgeTone } from '../../../ui/display/Badge';

const TONES: Record<UserStatus, BadgeTone> = { active: 'success', pending: 'info', inactive: 'neutral', suspended: 'danger' };

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`users.status.${status}`)}</Badge>;
}
