import { Link } from '@tanstack/react-router';
import { LayoutGrid } from 'lucide-react';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { buttonClassName } from '../../ui/controls/button-styles';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { PageHeader } from '../../ui/display/PageHeader';
import { useMe } from '../session';

export function HomePage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('nav.home'));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('home.title', { name: me.user.name })}
        description={t('home.subtitle', { account: me.account.name })}
      />
      <EmptyState
        icon={LayoutGrid}
        title={t('home.emptyTitle')}
        description={t('home.emptyText')}
        action={
          <Link to="/settings" className={buttonClassName({ variant: 'primary' })}>
            {t('home.emptyAction')}
          </Link>
        }
      />
    </div>
  );
}
