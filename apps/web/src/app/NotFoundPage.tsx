import { Link } from '@tanstack/react-router';
import { FileQuestion } from 'lucide-react';
import { useT } from '../lib/i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { buttonClassName } from '../ui/controls/button-styles';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <main className="flex min-h-full items-start justify-center bg-sunken px-4 pt-24">
      <div className="flex max-w-md flex-col items-center text-center">
        <div className="flex size-12 items-center justify-center rounded-full bg-accent-subtle text-accent-fg">
          <FileQuestion aria-hidden="true" className="size-6" />
        </div>
        <p className="mt-4 font-mono text-sm text-fg-muted">404</p>
        <h1 className="mt-1 text-title font-semibold">{t('notFound.title')}</h1>
        <p className="mt-2 text-fg-muted">{t('notFound.text')}</p>
        <Link to="/" className={buttonClassName({ variant: 'primary', className: 'mt-6' })}>
          {t('notFound.action')}
        </Link>
      </div>
    </main>
  );
}
