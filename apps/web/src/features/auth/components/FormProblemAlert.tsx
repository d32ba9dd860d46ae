import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Alert } from '../../../ui/feedback/Alert';

/** The summary above a form that could not be sent: what happened, and errors of no field. */
export function FormProblemAlert({ problem, otherErrors }: { problem: unknown; otherErrors: string[] }) {
  const t = useT();
  const { title, detail, traceId } = describeError(problem, t);
  return (
    <Alert tone="danger" title={title}>
      {detail !== undefined && <p>{detail}</p>}
      {otherErrors.length > 0 && (
        <ul className="list-disc pl-4">
          {otherErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {traceId !== undefined && <p className="mt-1 font-mono text-xs">{t('error.traceId', { traceId })}</p>}
    </Alert>
  );
}
