import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Card } from '../../ui/display/Card';
import { PageHeader } from '../../ui/display/PageHeader';
import { LanguageSelect, ThemeRadioGroup } from '../preferences';
import { useMe } from '../session';
import { AccountsTable } from './components/AccountsTable';
import { ProfileCard } from './components/ProfileCard';
import { SecuritySection } from './components/SecuritySection';

export function SettingsPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('settings.title'));

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t('settings.title')} description={t('settings.subtitle')} />
      <ProfileCard me={me} />
      <Card title={t('settings.appearance')} description={t('settings.appearanceHint')}>
        <div className="flex flex-col gap-5">
          <ThemeRadioGroup />
          <LanguageSelect className="w-56" />
        </div>
      </Card>
      <Card title={t('settings.accounts')}>
        <AccountsTable accounts={me.accounts} activeAccountId={me.account.id} />
      </Card>
      <SecuritySection />
    </div>
  );
}
