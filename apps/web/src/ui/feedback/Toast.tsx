import { CircleAlert, CircleCheck, Info, TriangleAlert, X, type LucideIcon } from 'lucide-react';
import { useEffect, useEffectEvent, useState } from 'react';
import { useT } from '../../lib/i18n';
import { IconButton } from '../controls/IconButton';
import type { ToastOptions, ToastTone } from './toast-context';

const ICONS: Record<ToastTone, { icon: LucideIcon; className: string }> = {
  info: { icon: Info, className: 'text-info' },
  success: { icon: CircleCheck, className: 'text-success' },
  warning: { icon: TriangleAlert, className: 'text-warning' },
  danger: { icon: CircleAlert, className: 'text-danger' },
};

/** Errors stay longer: people need time to read what went wrong. */
const DURATION_MS: Record<ToastTone, number> = { info: 5000, success: 5000, warning: 8000, danger: 10000 };

interface ToastProps extends ToastOptions {
  onDismiss: () => void;
}

export function Toast({ title, description, tone = 'info', onDismiss }: ToastProps) {
  const t = useT();
  const [isPaused, setIsPaused] = useState(false);
  const dismiss = useEffectEvent(onDismiss);
  const { icon: Icon, className } = ICONS[tone];

  useEffect(() => {
    if (isPaused) return;
    const timer = window.setTimeout(() => { dismiss(); }, DURATION_MS[tone]);
    return () => { window.clearTimeout(timer); };
  }, [isPaused, tone]);

  return (
    <li
      className="pointer-events-auto flex w-80 items-start gap-3 rounded-card border border-border bg-raised p-3 shadow-overlay motion-safe:animate-toast-in"
      onMouseEnter={() => { setIsPaused(true); }}
      onMouseLeave={() => { setIsPaused(false); }}
      onFocus={() => { setIsPaused(true); }}
      onBlur={() => { setIsPaused(false); }}
    >
      <Icon aria-hidden="true" className={`mt-0.5 size-4 shrink-0 ${className}`} />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        {description !== undefined && <p className="mt-0.5 text-sm text-fg-muted">{description}</p>}
      </div>
      <IconButton icon={X} label={t('ui.close')} size="sm" onClick={onDismiss} />
    </li>
  );
}
