import type { DecisionStatus } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Badge, type BadgeTone } from '../../../ui/display/Badge';

const TONES: Record<DecisionStatus, BadgeTone> = { draft: 'info', active: 'success', deprecated: 'neutral' };

export function VersionStatusBadge({ status }: { status: DecisionStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`decisions.status.${status}`)}</Badge>;
}
