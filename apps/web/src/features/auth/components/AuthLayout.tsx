import { Workflow } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { PreferenceBar } from '../../preferences';

interface AuthLayoutProps {
  title: string;
  subtitle: string;
  children: ReactNode;
  /** The link to the other auth page, under the card. */
  footer: ReactNode;
  /** Room for wider content, such as the QR code and setup key of two-factor set-up. */
  isWide?: boolean;
}

export function AuthLayout({ title, subtitle, children, footer, isWide = false }: AuthLayoutProps) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <div className="flex min-h-full flex-col bg-sunken">
      <header className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex items-center gap-2 font-semibold">
          <span className="flex size-7 items-center justify-center rounded-control bg-accent text-on-accent">
            <Workflow aria-hidden="true" className="size-4" />
          </span>
          {t('app.name')}
        </div>
        <PreferenceBar />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:pt-16">
        <div className={isWide ? 'w-full max-w-lg' : 'w-full max-w-sm'}>
          <div className="rounded-card border border-border bg-raised p-6 shadow-card">
            <h1 className="text-title font-semibold tracking-tight">{title}</h1>
            <p className="mt-1 text-fg-muted">{subtitle}</p>
            <div className="mt-6">{children}</div>
          </div>
          <p className="mt-4 text-center text-fg-muted">{footer}</p>
        </div>
      </main>
    </div>
  );
}
