// One editable cell of a rule row: an input entry (FEEL unary tests), an output entry (FEEL
// expression) or the annotation (plain text). Shows the text with its syntax problem marked, and
// while being edited an input that checks the syntax as the user types.
import { CircleAlert } from 'lucide-react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { ANY_ENTRY } from '@flowforge/decisions';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import { feelCellProblem, type CellProblem, type FeelCellKind } from '../cell-syntax';
import type { CellRef } from '../decision-model';
import { problemId, useGridActions } from './grid-context';
import { editingAction, keyPressOf } from './grid-keys';
import type { GridPosition } from './grid-layout';
import { MarkedText, ProblemMessage, useProblemMessage } from './ProblemText';

interface EntryCellProps {
  at: GridPosition;
  ruleId: string;
  cell: CellRef;
  text: string;
  /** `{column}, rule {number}`: names the editor for screen readers. */
  editorLabel: string;
  isActive: boolean;
  isEditing: boolean;
  /** The first output column is set apart from the inputs by a double line (as in DMN). */
  hasSeparator: boolean;
}

/** Texts longer than this show in full in a tooltip (cells show one line). */
const LONG_TEXT = 16;

const FEEL_KINDS: Readonly<Record<CellRef['kind'], FeelCellKind | null>> = { input: 'unaryTests', output: 'expression', annotation: null };

function entryCellClassName(state: { isFeel: boolean; isEditing: boolean; isInvalid: boolean; hasSeparator: boolean }): string {
  return joinClassNames(
    'relative scroll-ml-36 border-r border-b border-border align-middle focus-visible:-outline-offset-2',
    state.isFeel ? 'font-mono' : 'font-sans',
    state.hasSeparator && 'border-l-4 border-l-border-strong border-double',
    state.isEditing ? 'bg-canvas p-0 outline-2 -outline-offset-2 outline-accent' : 'px-2',
    state.isInvalid && !state.isEditing && 'bg-danger-subtle/40',
  );
}

export function EntryCell({ at, ruleId, cell, text, editorLabel, isActive, isEditing, hasSeparator }: EntryCellProps) {
  const actions = useGridActions();
  const describe = useProblemMessage();
  const feelKind = FEEL_KINDS[cell.kind];
  const problem = useMemo(() => (feelKind ? feelCellProblem(feelKind, text, actions.names) : null), [feelKind, text, actions.names]);
  const messageId = problemId(actions.gridId, at);
  const message = problem ? describe(problem) : null;
  const describedBy = message ? messageId : undefined;

  return (
    <td
      role="gridcell"
      data-cell=""
      data-row={at.row}
      data-col={at.col}
      aria-colindex={at.col + 1}
      aria-readonly={actions.readOnly || undefined}
      aria-invalid={describedBy ? true : undefined}
      aria-describedby={describedBy}
      tabIndex={isActive && !isEditing ? 0 : -1}
      onDoubleClick={() => { actions.startEdit(at); }}
      className={entryCellClassName({ isFeel: feelKind !== null, isEditing, isInvalid: problem !== null, hasSeparator })}
    >
      {isEditing ? (
        <CellEditor ruleId={ruleId} cell={cell} text={text} label={editorLabel} problem={problem} messageId={describedBy} />
      ) : (
        <CellDisplay text={text} cell={cell} problem={problem} />
      )}
      {message && <ProblemMessage id={messageId} message={message} isVisible={isActive} />}
    </td>
  );
}

function CellDisplay({ text, cell, problem }: { text: string; cell: CellRef; problem: CellProblem | null }) {
  const t = useT();
  if (cell.kind === 'input' && text.trim() === ANY_ENTRY) {
    return <span title={t('decisionEditor.cell.matchesAnything')} className="block text-fg-muted">{ANY_ENTRY}</span>;
  }
  return (
    <span className="flex items-center gap-1">
      <span title={text.length > LONG_TEXT ? text : undefined} className="min-w-0 flex-1 truncate">
        <MarkedText text={text} problem={problem} />
      </span>
      {problem && <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-danger" />}
    </span>
  );
}

interface CellEditorProps {
  ruleId: string;
  cell: CellRef;
  text: string;
  label: string;
  problem: CellProblem | null;
  messageId: string | undefined;
}

function CellEditor({ ruleId, cell, text, label, problem, messageId }: CellEditorProps) {
  const actions = useGridActions();
  const inputRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  return (
    <input
      ref={inputRef}
      data-cell-editor=""
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      aria-describedby={messageId}
      value={text}
      spellCheck={cell.kind === 'annotation'}
      autoComplete="off"
      onChange={(event) => { actions.type({ type: 'setCell', ruleId, cell, text: event.target.value }); }}
      onBlur={actions.leaveEdit}
      onKeyDown={(event) => {
        const action = editingAction(keyPressOf(event));
        if (!action) return;
        event.preventDefault();
        event.stopPropagation();
        if (action.type === 'cancel') actions.cancelEdit();
        else actions.commitEdit(action.movement);
      }}
      className="block h-[34px] w-full bg-transparent px-2 text-sm text-fg outline-none"
    />
  );
}
