import type { MailStatus } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Badge, type BadgeTone } from '../../../ui/display/Badge';

const TONE_BY_STATUS: Record<MailStatus, BadgeTone> = { queued: 'info', sent: 'success', failed: 'danger', held: 'warning' };

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const t = useT();
  return <Badge tone={TONE_BY_STATUS[status]}>{t(`mail.status.${status}`)}</Badge>;
}
