// The decision table editor (spec §11, issue 5): a spreadsheet-like grid over a controlled
// DecisionTable. Every change is a command (packages/decisions editing) kept in an undo history;
// FEEL cells are checked as the user types; verification warnings and evaluation highlights from
// the host are shown on the rules concerned. The host must hand back the table it receives in
// onChange as `value` (same object), or the undo history starts over.
import { Rows3 } from 'lucide-react';
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { scopeNamesOf } from './cell-syntax';
import { ColumnDialog } from './dialogs/ColumnDialog';
import { DecisionGrid, type RuleHighlight } from './grid/DecisionGrid';
import type { DecisionTable, TableCommand, VerificationWarning } from './decision-model';
import { EditorToolbar } from './EditorToolbar';
import { GridContext, type EditorDialog, type GridActions } from './grid/grid-context';
import { keyPressOf, navigationAction } from './grid/grid-keys';
import { buildGridColumns } from './grid/grid-layout';
import { RuleExtrasDialog } from './dialogs/RuleExtrasDialog';
import { ShortcutHelp } from './ShortcutHelp';
import { useGridNavigation } from './grid/useGridNavigation';
import { useTableHistory } from './useTableHistory';
import { useVirtualRows } from './grid/useVirtualRows';
import { WarningSummary } from './WarningSummary';
import { arrangeWarnings } from './warnings';

export interface DecisionTableEditorProps {
  value: DecisionTable;
  onChange: (next: DecisionTable) => void;
  readOnly?: boolean;
  /** Verification warnings, shown on the rows concerned (gaps above the grid). */
  warnings?: VerificationWarning[];
  /** Rule ids from an evaluation: every match, and the ones the result came from. */
  highlight?: RuleHighlight;
  /** Extra FEEL names in scope for syntax checking (e.g. names with spaces). */
  scopeNames?: string[];
}

const NO_NAMES: readonly string[] = [];

/** Undo and redo from anywhere in the editor outside text fields, dialogs and menus. */
function isHistoryKeyTarget(target: HTMLElement): boolean {
  return !target.closest('input, textarea, select, [contenteditable], dialog, [role="menu"]');
}

export function DecisionTableEditor({ value, onChange, readOnly = false, warnings, highlight, scopeNames }: DecisionTableEditorProps) {
  const editing = useTableHistory(value, onChange);
  const { table } = editing;
  const arranged = useMemo(() => arrangeWarnings(warnings), [warnings]);
  const names = useMemo(() => scopeNamesOf(table.inputs, scopeNames ?? NO_NAMES), [table.inputs, scopeNames]);
  const hasChecks = arranged.byRule.size > 0;
  const { inputs, outputs } = table;
  const columns = useMemo(() => buildGridColumns({ inputs, outputs }, { hasChecks }), [inputs, outputs, hasChecks]);
  const gridRef = useRef<HTMLTableElement>(null);
  const virtual = useVirtualRows(table.rules.length);
  const navigation = useGridNavigation({ table, columns, editing, readOnly, gridRef, revealRule: virtual.revealRule });
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const actions = useEditorActions({ navigation, editing, readOnly, names, openDialog: setDialog });
  const run = (command: TableCommand, focusAt?: { row: number; col: number }) => {
    if (!editing.dispatch(command)) return;
    editing.closeStep();
    if (focusAt) navigation.focusCell(focusAt);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (readOnly || !isHistoryKeyTarget(event.target as HTMLElement)) return;
    const action = navigationAction(keyPressOf(event));
    if (action?.type !== 'undo' && action?.type !== 'redo') return;
    event.preventDefault();
    editing[action.type]();
  };

  return (
    <div className="flex flex-col gap-3" onKeyDown={onKeyDown}>
      <EditorToolbar
        readOnly={readOnly} canUndo={editing.canUndo} canRedo={editing.canRedo} onUndo={editing.undo} onRedo={editing.redo}
        onAddRule={() => { run({ type: 'addRule', index: table.rules.length }, { row: table.rules.length + 1, col: 1 }); }}
        onAddInput={() => { run({ type: 'addColumn', kind: 'input', index: inputs.length }, { row: 0, col: inputs.length + 1 }); }}
        onAddOutput={() => { run({ type: 'addColumn', kind: 'output', index: outputs.length }, { row: 0, col: inputs.length + outputs.length + 1 }); }}
      />
      <WarningSummary warnings={arranged} total={warnings?.length ?? 0} inputs={inputs} />
      <GridContext value={actions}>
        <DecisionGrid table={table} columns={columns} navigation={navigation} virtual={virtual} warnings={arranged} highlight={highlight} names={names} gridRef={gridRef} />
      </GridContext>
      {table.rules.length === 0 && <NoRules readOnly={readOnly} onAdd={() => { run({ type: 'addRule', index: 0 }, { row: 1, col: 1 }); }} />}
      <ShortcutHelp readOnly={readOnly} />
      {dialog?.kind === 'column' && <ColumnDialog table={table} kind={dialog.columnKind} columnId={dialog.columnId} names={names} onApply={(command) => { run(command); }} onClose={() => { setDialog(null); }} />}
      {dialog?.kind === 'rule' && <RuleExtrasDialog table={table} ruleId={dialog.ruleId} onApply={(command) => { run(command); }} onClose={() => { setDialog(null); }} />}
    </div>
  );
}

function NoRules({ readOnly, onAdd }: { readOnly: boolean; onAdd: () => void }) {
  const t = useT();
  return (
    <EmptyState
      icon={Rows3}
      title={t('decisionEditor.empty.title')}
      description={t(readOnly ? 'decisionEditor.empty.readOnly' : 'decisionEditor.empty.description')}
      action={readOnly ? undefined : <Button variant="primary" icon={Rows3} onClick={onAdd}>{t('decisionEditor.empty.action')}</Button>}
    />
  );
}

interface EditorActionsOptions {
  navigation: ReturnType<typeof useGridNavigation>;
  editing: ReturnType<typeof useTableHistory>;
  readOnly: boolean;
  names: readonly string[];
  openDialog: (dialog: EditorDialog) => void;
}

/** The grid context: stable callbacks over the latest navigation and history. */
function useEditorActions({ navigation, editing, readOnly, names, openDialog }: EditorActionsOptions): GridActions {
  const gridId = useId();
  const latest = useRef({ navigation, editing });
  useLayoutEffect(() => {
    latest.current = { navigation, editing };
  });
  return useMemo(() => ({
    gridId, readOnly, names, openDialog,
    type: (command) => { latest.current.editing.dispatch(command); },
    run: (command) => { if (latest.current.editing.dispatch(command)) latest.current.editing.closeStep(); },
    perform: (action, at) => { latest.current.navigation.perform(action, at); },
    startEdit: (at) => { latest.current.navigation.startEdit(at); },
    commitEdit: (movement) => { latest.current.navigation.commitEdit(movement); },
    cancelEdit: () => { latest.current.navigation.cancelEdit(); },
    leaveEdit: () => { latest.current.navigation.leaveEdit(); },
  }), [gridId, readOnly, names, openDialog]);
}
