import { RotateCw, TriangleAlert } from 'lucide-react';
import { useT } from '../../lib/i18n';
import { Button } from '../controls/Button';

interface ErrorStateProps {
  title: string;
  detail?: string | undefined;
  /** Links what the user sees to the server log. */
  traceId?: string | undefined;
  onRetry?: (() => void) | undefined;
}

export function ErrorState({ title, detail, traceId, onRetry }: ErrorStateProps) {
  const t = useT();
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-card border border-border bg-raised p-5">
      <div className="flex items-start gap-3">
        <TriangleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-danger" />
        <div>
          <h2 className="text-md font-semibold">{title}</h2>
          {detail !== undefined && <p className="mt-1 text-fg-muted">{detail}</p>}
          {traceId !== undefined && (
            <p className="mt-2 font-mono text-xs text-fg-muted">{t('error.traceId', { traceId })}</p>
          )}
        </div>
      </div>
      {onRetry !== undefined && (
        <Button icon={RotateCw} onClick={onRetry}>
          {t('error.retry')}
        </Button>
      )}
    </div>
  );
}
