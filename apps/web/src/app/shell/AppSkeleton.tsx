import { useT } from '../../lib/i18n';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { PageSkeleton } from './PageSkeleton';

/** The app shell's shape while the session loads: no blank page, no jump when it arrives. */
export function AppSkeleton() {
  const t = useT();
  return (
    <div className="flex h-full" aria-busy="true">
      <div className="hidden w-60 shrink-0 flex-col gap-3 border-r border-border bg-sunken p-3 md:flex">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="mt-3 h-6 w-3/4" />
        <Skeleton className="h-6 w-2/3" />
      </div>
      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex h-12 items-center border-b border-border px-4">
          <Skeleton className="h-4 w-40" />
        </div>
        <main className="flex-1 px-6 py-6">
          <p className="sr-only" role="status">
            {t('app.loading')}
          </p>
          <PageSkeleton />
        </main>
      </div>
    </div>
  );
}
