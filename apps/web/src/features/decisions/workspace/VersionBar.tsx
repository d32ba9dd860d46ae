import type { ReactNode } from 'react';

interface VersionBarProps {
  title: string;
  /** Save state or a note next to the title. */
  status?: ReactNode;
  /** The version's actions, on the right. */
  children?: ReactNode;
}

/** The bar above the grid: which version this is, its state, and what can be done with it. */
export function VersionBar({ title, status, children }: VersionBarProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-card border border-border bg-sunken px-4 py-2">
      <div className="flex min-w-0 flex-wrap items-center gap-3">
        <h2 className="font-semibold">{title}</h2>
        {status}
      </div>
      {children !== undefined && <div className="flex flex-wrap items-center gap-2">{children}</div>}
    </div>
  );
}
