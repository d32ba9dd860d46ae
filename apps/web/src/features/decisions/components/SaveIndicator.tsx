import { Check, CircleAlert, RotateCw } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Spinner } from '../../../ui/feedback/Spinner';
import type { SaveStatus } from '../hooks/useDraftAutosave';

interface SaveIndicatorProps {
  status: SaveStatus;
  onReload: () => void;
  onRetry: () => void;
}

/** "Saving…" / "Saved" / "Conflict — reload" next to the draft, announced politely. */
export function SaveIndicator({ status, onReload, onRetry }: SaveIndicatorProps) {
  const t = useT();
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="save-status">
      <span role="status" className="inline-flex items-center gap-1.5 text-fg-muted">
        {status === 'saving' && <Spinner />}
        {status === 'saved' && <Check aria-hidden="true" className="size-4 text-success" />}
        {(status === 'conflict' || status === 'error') && <CircleAlert aria-hidden="true" className="size-4 text-danger" />}
        <span className={status === 'conflict' || status === 'error' ? 'text-danger-fg' : undefined}>{t(`decisions.save.${status}`)}</span>
      </span>
      {status === 'conflict' && <Button size="sm" icon={RotateCw} onClick={onReload}>{t('decisions.save.reload')}</Button>}
      {status === 'error' && <Button size="sm" icon={RotateCw} onClick={onRetry}>{t('decisions.save.retry')}</Button>}
    </div>
  );
}
