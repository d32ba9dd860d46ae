import { Workflow } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { PreferenceBar } from '../../preferences';

/** The frame of the public invitation page: like sign-in, outside the signed-in app. */
export function InvitationLayout({ title, children }: { title: string; children: ReactNode }) {
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
        <div className="w-full max-w-sm rounded-card border border-border bg-raised p-6 shadow-card">
          <h1 className="text-title font-semibold tracking-tight">{title}</h1>
          <div className="mt-4 flex flex-col gap-4">{children}</div>
        </div>
      </main>
    </div>
  );
}
