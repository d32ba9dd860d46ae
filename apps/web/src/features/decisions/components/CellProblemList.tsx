import { useT } from '../../../lib/i18n';
import type { CellLocation, LocatedProblem } from '../logic/cell-problems';
import type { Translate } from '../../../lib/i18n';

function describeLocation(location: CellLocation, t: Translate): string {
  switch (location.kind) {
    case 'rule':
      return location.column === null ? t('decisions.cell.rule', { rule: location.rule }) : t('decisions.cell.ruleColumn', { rule: location.rule, column: location.column });
    case 'input': return t('decisions.cell.input', { column: location.column });
    case 'output': return t('decisions.cell.output', { column: location.column });
    default: return t('decisions.cell.table');
  }
}

/** Invalid cells by where they are in the grid: "Rule 3 · Amount: the expression ends too early". */
export function CellProblemList({ problems }: { problems: readonly LocatedProblem[] }) {
  const t = useT();
  return (
    <ul aria-label={t('decisions.cell.problems')} className="flex max-h-60 flex-col gap-1 overflow-y-auto text-sm">
      {problems.map((problem, index) => (
        <li key={`${problem.pointer}-${String(index)}`}>
          <span className="font-medium">{describeLocation(problem.location, t)}</span>
          {': '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
