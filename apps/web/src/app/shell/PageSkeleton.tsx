import { Skeleton } from '../../ui/feedback/Skeleton';

/** A page loading inside the shell: title, a line of text, a content block. */
export function PageSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-hidden="true">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Skeleton className="h-48 w-full rounded-card" />
    </div>
  );
}
