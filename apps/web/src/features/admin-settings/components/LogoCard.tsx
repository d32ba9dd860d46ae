import { useQueryClient } from '@tanstack/react-query';
import type { GeneralSettings } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Avatar } from '../../../ui/display/Avatar';
import { Card } from '../../../ui/display/Card';
import { ME_QUERY_KEY, useMe } from '../../session';
import { AccountLogoUpload } from '../../settings';
import { settingsQueryKey } from '../api/admin-settings-api';

interface LogoCardProps {
  accountName: string;
  logoUrl: string | null;
  canEdit: boolean;
}

/** The account logo: upload, replace or remove it with settings:update, otherwise shown read-only. */
export function LogoCard({ accountName, logoUrl, canEdit }: LogoCardProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const applyLogo = (next: string | null) => {
    queryClient.setQueryData<GeneralSettings>(settingsQueryKey(me.account.id, 'general'), (current) => current && { ...current, logoUrl: next });
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
  };
  return (
    <Card title={t('adminSettings.general.logo')}>
      {canEdit ? (
        <AccountLogoUpload accountName={accountName} logoUrl={logoUrl} onChange={applyLogo} />
      ) : (
        <div className="flex items-center gap-4">
          <Avatar name={accountName} imageUrl={logoUrl} shape="square" size="lg" />
          <p className="text-sm text-fg-muted">{logoUrl === null ? t('adminSettings.general.noLogo') : t('adminSettings.general.logoReadOnly')}</p>
        </div>
      )}
    </Card>
  );
}
