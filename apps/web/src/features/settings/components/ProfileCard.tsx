import { useT } from '../../../lib/i18n';
import { Card } from '../../../ui/display/Card';
import type { Me } from '../../session';

export function ProfileCard({ me }: { me: Me }) {
  const t = useT();
  const rows = [
    { label: t('settings.name'), value: me.user.name },
    { label: t('settings.email'), value: me.user.email },
    { label: t('settings.accountName'), value: me.account.name },
  ];
  return (
    <Card title={t('settings.profile')}>
      <dl className="grid grid-cols-[minmax(6rem,10rem)_1fr] gap-x-4 gap-y-2">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-fg-muted">{row.label}</dt>
            <dd className="min-w-0 truncate">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
