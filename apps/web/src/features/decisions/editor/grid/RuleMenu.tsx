// The actions of one rule, from the button in its number cell or Shift+F10 anywhere in its row:
// its §11.3 settings, insert above/below, duplicate, move, delete.
import { ArrowDown, ArrowUp, BetweenHorizontalEnd, BetweenHorizontalStart, Copy, Ellipsis, Settings2, Trash2 } from 'lucide-react';
import { useT } from '../../../../lib/i18n';
import { Menu } from '../../../../ui/overlays/Menu';
import { MenuItem, MenuSeparator } from '../../../../ui/overlays/MenuItem';
import { useGridActions } from './grid-context';
import type { GridPosition } from './grid-layout';
import { CELL_TRIGGER_CLASS_NAME, MenuLabel } from './MenuShortcut';
import { SHORTCUTS } from '../shortcut-labels';

interface RuleMenuProps {
  at: GridPosition;
  ruleId: string;
  number: number;
  isFirst: boolean;
  isLast: boolean;
}

export function RuleMenu({ at, ruleId, number, isFirst, isLast }: RuleMenuProps) {
  const t = useT();
  const actions = useGridActions();
  const label = t('decisionEditor.ruleMenu', { number });
  return (
    <Menu
      label={label}
      trigger={(props) => (
        <button type="button" {...props} data-cell-trigger="" tabIndex={-1} aria-label={label} title={`${label} (${SHORTCUTS.menu})`} className={CELL_TRIGGER_CLASS_NAME}>
          <Ellipsis aria-hidden="true" className="size-4" />
        </button>
      )}
    >
      <MenuItem icon={Settings2} onSelect={() => { actions.openDialog({ kind: 'rule', ruleId }); }}>
        <MenuLabel>{t('decisionEditor.ruleMenu.extras')}</MenuLabel>
      </MenuItem>
      <MenuSeparator />
      <MenuItem icon={BetweenHorizontalStart} onSelect={() => { actions.perform({ type: 'insertRule', where: 'above' }, at); }}>
        <MenuLabel shortcut={SHORTCUTS.insertRuleAbove}>{t('decisionEditor.ruleMenu.insertAbove')}</MenuLabel>
      </MenuItem>
      <MenuItem icon={BetweenHorizontalEnd} onSelect={() => { actions.perform({ type: 'insertRule', where: 'below' }, at); }}>
        <MenuLabel shortcut={SHORTCUTS.insertRuleBelow}>{t('decisionEditor.ruleMenu.insertBelow')}</MenuLabel>
      </MenuItem>
      <MenuItem icon={Copy} onSelect={() => { actions.perform({ type: 'duplicateRule' }, at); }}>
        <MenuLabel shortcut={SHORTCUTS.duplicateRule}>{t('decisionEditor.ruleMenu.duplicate')}</MenuLabel>
      </MenuItem>
      {!isFirst && (
        <MenuItem icon={ArrowUp} onSelect={() => { actions.perform({ type: 'moveRule', delta: -1 }, at); }}>
          <MenuLabel shortcut={SHORTCUTS.moveUp}>{t('decisionEditor.ruleMenu.moveUp')}</MenuLabel>
        </MenuItem>
      )}
      {!isLast && (
        <MenuItem icon={ArrowDown} onSelect={() => { actions.perform({ type: 'moveRule', delta: 1 }, at); }}>
          <MenuLabel shortcut={SHORTCUTS.moveDown}>{t('decisionEditor.ruleMenu.moveDown')}</MenuLabel>
        </MenuItem>
      )}
      <MenuSeparator />
      <MenuItem icon={Trash2} onSelect={() => { actions.perform({ type: 'deleteRule' }, at); }}>
        <MenuLabel shortcut={SHORTCUTS.deleteRule}>{t('decisionEditor.ruleMenu.delete')}</MenuLabel>
      </MenuItem>
    </Menu>
  );
}
