import { useEffect } from 'react';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Card } from '../../ui/display/Card';
import { PageHeader } from '../../ui/display/PageHeader';
import { LanguageSelect, ThemeRadioGroup } from '../preferences';
import { useMe } from '../session';
import { AccountsTable } from './components/AccountsTable';
import { NotificationsSection } from './components/notifications/NotificationsSection';
import { ProfileSection } from './components/profile/ProfileSection';
import { SecuritySection } from './components/SecuritySection';
import { SettingsSectionNav } from './components/SettingsSectionNav';

/**
 * My settings (spec §3.1) on one page, section by section, with a jump list; every section stays
 * in the page, so an unsaved edit survives a look at another one and /settings#security links in.
 */
export function SettingsPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('settings.title'));
  useEffect(() => {
    if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, []);

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <PageHeader title={t('settings.title')} description={t('settings.subtitle')} />
      <div className="grid gap-6 lg:grid-cols-[11rem_minmax(0,1fr)]">
        <SettingsSectionNav />
        <div className="flex min-w-0 flex-col gap-6">
          <div id="profile" className="scroll-mt-4"><ProfileSection /></div>
          <div id="notifications" className="scroll-mt-4"><NotificationsSection /></div>
          <div id="appearance" className="scroll-mt-4">
            <Card title={t('settings.appearance')} description={t('settings.appearanceHint')}>
              <div className="flex flex-col gap-5">
                <ThemeRadioGroup />
                <LanguageSelect className="w-56" />
              </div>
            </Card>
          </div>
          <div id="security" className="flex scroll-mt-4 flex-col gap-6"><SecuritySection /></div>
          <div id="accounts" className="scroll-mt-4">
            <Card title={t('settings.accounts')}>
              <AccountsTable accounts={me.accounts} activeAccountId={me.account.id} />
            </Card>
          </div>
        </div>
      </div>
    </div>
  );
}
