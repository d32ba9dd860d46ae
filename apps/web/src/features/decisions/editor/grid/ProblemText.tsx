// FEEL text with its syntax problem marked: the offending range underlined with a wavy line, and
// the message in an element that aria-describedby points at (visible while the cell is active).
import type { CellProblem } from '../cell-syntax';
import { splitAtProblem } from '../cell-syntax';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';

const UNDERLINE = 'underline decoration-danger decoration-wavy decoration-1 underline-offset-4';

export function useProblemMessage(): (problem: CellProblem) => string {
  const t = useT();
  return (problem) => (problem.code === 'empty' ? t('decisionEditor.syntax.empty') : t('decisionEditor.syntax.error', { detail: problem.detail }));
}

/** The text, with the problem's range underlined (or an underlined gap when the text is empty). */
export function MarkedText({ text, problem }: { text: string; problem: CellProblem | null }) {
  if (!problem) return <>{text}</>;
  if (problem.code === 'empty' || text === '') return <span className={joinClassNames(UNDERLINE, 'inline-block min-w-8')}>{text || '\u00a0'}</span>;
  const [before, marked, after] = splitAtProblem(text, problem);
  return (
    <>
      {before}
      <span className={UNDERLINE}>{marked}</span>
      {after}
    </>
  );
}

/** The message of a cell's problem; a tooltip under the cell while it is active, else only for screen readers. */
export function ProblemMessage({ id, message, isVisible }: { id: string; message: string; isVisible: boolean }) {
  return (
    <span
      id={id}
      className={isVisible
        ? 'absolute top-full left-0 z-20 mt-1 w-max max-w-80 rounded-control border border-danger/40 bg-danger-subtle px-2 py-1 font-sans text-xs whitespace-normal text-danger-fg shadow-overlay'
        : 'sr-only'}
    >
      {message}
    </span>
  );
}
