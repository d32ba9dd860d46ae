import type { ProblemFieldError } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';

/** The individual problems of a failed request (an import's invalid elements), as a list. */
export function ProblemList({ errors, label }: { errors: readonly ProblemFieldError[]; label: string }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <ul aria-label={label} className="flex max-h-60 flex-col gap-1 overflow-y-auto text-sm">
      {errors.map((error, index) => (
        <li key={`${error.pointer}-${String(index)}`} className="rounded-control border border-border bg-sunken px-2 py-1.5">
          <span>{error.message}</span>
          {error.pointer !== '' && error.pointer !== '/' && <span className="ml-2 font-mono text-xs text-fg-muted">{t('decisions.problemAt', { pointer: error.pointer })}</span>}
        </li>
      ))}
    </ul>
  );
}
