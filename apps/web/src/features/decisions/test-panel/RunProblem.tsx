import type { DecisionTable } from '@flowforge/contracts';
import { isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { Alert } from '../../../ui/feedback/Alert';
import { CellProblemList } from '../components/CellProblemList';
import { formProblemOf } from '../components/form-problem';
import { locateProblems } from '../logic/cell-problems';
import { NotPreparedError } from './test-target';

/**
 * Why a run failed: the draft could not be saved first, the table has invalid cells (listed by
 * rule and column), or the server's problem (e.g. a UNIQUE table matched twice).
 */
export function RunProblem({ error, table }: { error: unknown; table?: DecisionTable | undefined }) {
  const t = useT();
  if (error instanceof NotPreparedError) return <Alert tone="danger" title={t('decisions.test.notSaved')}>{t('decisions.test.notSavedDetail')}</Alert>;
  const problem = formProblemOf(error, t);
  const errors = isApiProblem(error) ? error.errors : [];
  const cells = table && isApiProblem(error) && error.code === 'decision-invalid' ? locateProblems(table, errors) : [];
  const messages = cells.length > 0 ? [] : [...new Set(errors.map((entry) => entry.message))];
  return (
    <Alert tone="danger" title={problem.title}>
      {problem.detail}
      {cells.length > 0 && <div className="mt-2"><CellProblemList problems={cells} /></div>}
      {messages.length > 0 && <ul className="mt-1 list-disc pl-4">{messages.map((message) => <li key={message}>{message}</li>)}</ul>}
    </Alert>
  );
}
