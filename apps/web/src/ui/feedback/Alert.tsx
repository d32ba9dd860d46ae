import { CircleAlert, Info, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { joinClassNames } from '../class-names';

type AlertTone = 'info' | 'danger';

const TONES: Record<AlertTone, { icon: LucideIcon; className: string }> = {
  info: { icon: Info, className: 'border-info/40 bg-info-subtle text-info-fg' },
  danger: { icon: CircleAlert, className: 'border-danger/40 bg-danger-subtle text-danger-fg' },
};

interface AlertProps {
  tone?: AlertTone;
  title: string;
  children?: ReactNode;
}

/** A message inside the page, e.g. why a form could not be sent; announced when it appears. */
export function Alert({ tone = 'info', title, children }: AlertProps) {
  const { icon: Icon, className } = TONES[tone];
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={joinClassNames('flex gap-2.5 rounded-control border p-3', className)}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">
        <p className="font-medium">{title}</p>
        {children !== undefined && <div className="mt-0.5 text-sm">{children}</div>}
      </div>
    </div>
  );
}
