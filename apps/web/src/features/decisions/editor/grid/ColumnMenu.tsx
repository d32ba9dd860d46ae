// The actions of an input or output column, from the button in its header (Enter or Shift+F10
// there): edit its properties, insert a column beside it, duplicate, move, delete.
import { ArrowLeft, ArrowRight, BetweenVerticalEnd, BetweenVerticalStart, Copy, Ellipsis, Pencil, Trash2 } from 'lucide-react';
import { useT } from '../../../../lib/i18n';
import { Menu } from '../../../../ui/overlays/Menu';
import { MenuItem, MenuSeparator } from '../../../../ui/overlays/MenuItem';
import type { ColumnKind } from '../decision-model';
import { useGridActions } from './grid-context';
import type { GridPosition } from './grid-layout';
import { CELL_TRIGGER_CLASS_NAME, MenuLabel } from './MenuShortcut';
import { SHORTCUTS } from '../shortcut-labels';

interface ColumnMenuProps {
  at: GridPosition;
  kind: ColumnKind;
  columnId: string;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  canDelete: boolean;
}

export function ColumnMenu({ at, kind, columnId, name, isFirst, isLast, canDelete }: ColumnMenuProps) {
  const t = useT();
  const actions = useGridActions();
  const label = t('decisionEditor.columnMenu', { name });
  return (
    <Menu
      label={label}
      trigger={(props) => (
        <button type="button" {...props} data-cell-trigger="" tabIndex={-1} aria-label={label} title={label} className={CELL_TRIGGER_CLASS_NAME}>
          <Ellipsis aria-hidden="true" className="size-4" />
        </button>
      )}
    >
      <MenuItem icon={Pencil} onSelect={() => { actions.openDialog({ kind: 'column', columnKind: kind, columnId }); }}>
        <MenuLabel>{t('decisionEditor.columnMenu.edit')}</MenuLabel>
      </MenuItem>
      <MenuSeparator />
      <MenuItem icon={BetweenVerticalStart} onSelect={() => { actions.perform({ type: 'insertColumn', where: 'before' }, at); }}>
        <MenuLabel>{t('decisionEditor.columnMenu.insertBefore')}</MenuLabel>
      </MenuItem>
      <MenuItem icon={BetweenVerticalEnd} onSelect={() => { actions.perform({ type: 'insertColumn', where: 'after' }, at); }}>
        <MenuLabel>{t('decisionEditor.columnMenu.insertAfter')}</MenuLabel>
      </MenuItem>
      <MenuItem icon={Copy} onSelect={() => { actions.perform({ type: 'duplicateColumn' }, at); }}>
        <MenuLabel>{t('decisionEditor.columnMenu.duplicate')}</MenuLabel>
      </MenuItem>
      {!isFirst && (
        <MenuItem icon={ArrowLeft} onSelect={() => { actions.perform({ type: 'moveColumn', delta: -1 }, at); }}>
          <MenuLabel shortcut={SHORTCUTS.moveLeft}>{t('decisionEditor.columnMenu.moveLeft')}</MenuLabel>
        </MenuItem>
      )}
      {!isLast && (
        <MenuItem icon={ArrowRight} onSelect={() => { actions.perform({ type: 'moveColumn', delta: 1 }, at); }}>
          <MenuLabel shortcut={SHORTCUTS.moveRight}>{t('decisionEditor.columnMenu.moveRight')}</MenuLabel>
        </MenuItem>
      )}
      {canDelete && (
        <>
          <MenuSeparator />
          <MenuItem icon={Trash2} onSelect={() => { actions.perform({ type: 'deleteColumn' }, at); }}>
            <MenuLabel>{t('decisionEditor.columnMenu.delete')}</MenuLabel>
          </MenuItem>
        </>
      )}
    </Menu>
  );
}
