import { Check, CircleAlert, RotateCw } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Spinner } from '../../../ui/feedback/Spinner';
import type { ScenarioSaveStatus as Status } from './scenario-sync';

interface ScenarioSaveStatusProps {
  status: Status;
  onReload: () => void;
  onRetry: () => void;
}

/** "Saving…" / "Saved" / "Conflict — reload" / "Not saved: fix the marked cells" for the scenarios, announced politely. */
export function ScenarioSaveStatus({ status, onReload, onRetry }: ScenarioSaveStatusProps) {
  const t = useT();
  const isProblem = status === 'conflict' || status === 'error' || status === 'invalid';
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="scenarios-save-status">
      <span role="status" className="inline-flex items-center gap-1.5 text-fg-muted">
        {status === 'saving' && <Spinner />}
        {status === 'saved' && <Check aria-hidden="true" className="size-4 text-success" />}
        {isProblem && <CircleAlert aria-hidden="true" className="size-4 text-danger" />}
        <span className={isProblem ? 'text-danger-fg' : undefined}>{t(`decisions.scenarios.save.${status}`)}</span>
      </span>
      {status === 'conflict' && <Button size="sm" icon={RotateCw} onClick={onReload}>{t('decisions.save.reload')}</Button>}
      {status === 'error' && <Button size="sm" icon={RotateCw} onClick={onRetry}>{t('decisions.save.retry')}</Button>}
    </div>
  );
}
