import type { ErrorComponentProps } from '@tanstack/react-router';
import { useT } from '../lib/i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { RouteError } from './RouteError';

/** For errors outside the app layout (session check, sign-in pages): a page of its own. */
export function FullPageError(props: ErrorComponentProps) {
  const t = useT();
  useDocumentTitle(t('error.title'));
  return (
    <main className="flex min-h-full items-start justify-center bg-sunken px-4 pt-24">
      <h1 className="sr-only">{t('error.title')}</h1>
      <div className="w-full max-w-lg">
        <RouteError {...props} />
      </div>
    </main>
  );
}
