import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  description: string;
  /** The one action that fills the empty place. */
  action?: ReactNode;
}

export function EmptyState({ icon: Icon, title, description, action }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center rounded-card border border-dashed border-border-strong px-6 py-12 text-center">
      <div className="flex size-10 items-center justify-center rounded-full bg-accent-subtle text-accent-fg">
        <Icon aria-hidden="true" className="size-5" />
      </div>
      <h2 className="mt-4 text-md font-semibold">{title}</h2>
      <p className="mt-1 max-w-md text-fg-muted">{description}</p>
      {action !== undefined && <div className="mt-5">{action}</div>}
    </div>
  );
}
