import { isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Alert } from '../../../ui/feedback/Alert';

interface ProblemAlertProps {
  problem: unknown;
  /** Field errors already shown next to their fields, by pointer. */
  shownPointers?: readonly string[];
}

/** Why a request failed: the problem in the user's words, plus the server's field messages not shown elsewhere. */
export function ProblemAlert({ problem, shownPointers = [] }: ProblemAlertProps) {
  const t = useT();
  const { title, detail, traceId } = describeError(problem, t);
  const messages = isApiProblem(problem) ? [...new Set(problem.errors.filter((e) => !shownPointers.includes(e.pointer)).map((e) => e.message))] : [];
  return (
    <Alert tone="danger" title={title}>
      {detail !== undefined && <p>{detail}</p>}
      {messages.length > 0 && <ul className="list-disc pl-4">{messages.map((message) => <li key={message}>{message}</li>)}</ul>}
      {traceId !== undefined && <p className="mt-1 font-mono text-xs">{t('error.traceId', { traceId })}</p>}
    </Alert>
  );
}
