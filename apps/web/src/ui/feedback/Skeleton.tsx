import { joinClassNames } from '../class-names';

/** A placeholder shaped like the content that is loading; size it with className. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={joinClassNames('rounded-control bg-skeleton motion-safe:animate-pulse', className)} />;
}
