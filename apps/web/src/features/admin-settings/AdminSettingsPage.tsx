import { useNavigate, useSearch } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PageHeader } from '../../ui/display/PageHeader';
import { Tabs } from '../../ui/display/Tabs';
import { Alert } from '../../ui/feedback/Alert';
import { useMe } from '../session';
import { AuditRetentionTab } from './components/AuditRetentionTab';
import { DomainsTab } from './components/DomainsTab';
import { FeaturesTab } from './components/FeaturesTab';
import { GeneralTab } from './components/GeneralTab';
import { SecurityTab } from './components/SecurityTab';

const TAB_IDS = ['general', 'security', 'features', 'domains', 'audit'] as const;
type TabId = (typeof TAB_IDS)[number];

function toTabId(value: unknown): TabId {
  return TAB_IDS.find((id) => id === value) ?? 'general';
}

/** Admin settings (spec 3.2): one tab per section; the open tab is in the URL (`?tab=security`). */
export function AdminSettingsPage() {
  const t = useT();
  const me = useMe();
  const search: { tab?: unknown } = useSearch({ strict: false });
  const navigate = useNavigate();
  useDocumentTitle(t('adminSettings.title'));
  const canEdit = me.permissions.includes('settings:update');
  const props = { accountId: me.account.id, canEdit };
  const tabs = [
    { id: 'general', label: t('adminSettings.tab.general'), panel: <GeneralTab {...props} /> },
    { id: 'security', label: t('adminSettings.tab.security'), panel: <SecurityTab {...props} /> },
    { id: 'features', label: t('adminSettings.tab.features'), panel: <FeaturesTab {...props} /> },
    { id: 'domains', label: t('adminSettings.tab.domains'), panel: <DomainsTab {...props} /> },
    { id: 'audit', label: t('adminSettings.tab.audit'), panel: <AuditRetentionTab {...props} /> },
  ];

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader title={t('adminSettings.title')} description={t('adminSettings.subtitle', { account: me.account.name })} />
      {!canEdit && <Alert title={t('adminSettings.readOnly')} />}
      <Tabs label={t('adminSettings.title')} tabs={tabs} value={toTabId(search.tab)}
        onChange={(id) => void navigate({ to: '/admin/settings', search: { tab: id === 'general' ? undefined : id }, replace: true })} />
    </div>
  );
}
