import type { CredentialStatus } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Badge, type BadgeTone } from '../../../ui/display/Badge';

const TONES: Record<CredentialStatus | 'disabled', BadgeTone> = { active: 'success', expired: 'warning', revoked: 'neutral', disabled: 'neutral' };

export function StatusBadge({ status }: { status: CredentialStatus | 'disabled' }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`serviceAccounts.status.${status}`)}</Badge>;
}
