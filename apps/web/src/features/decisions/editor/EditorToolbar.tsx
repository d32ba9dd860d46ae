// Above the grid: undo and redo (with their shortcuts) and the buttons that add a rule, an input
// column or an output column at the end.
import { Columns3, Plus, Redo2, Rows3, Undo2 } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { Badge } from '../../../ui/display/Badge';
import { Button } from '../../../ui/controls/Button';
import { IconButton } from '../../../ui/controls/IconButton';
import { SHORTCUTS } from './shortcut-labels';

interface EditorToolbarProps {
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onAddRule: () => void;
  onAddInput: () => void;
  onAddOutput: () => void;
}

export function EditorToolbar({ readOnly, canUndo, canRedo, onUndo, onRedo, onAddRule, onAddInput, onAddOutput }: EditorToolbarProps) {
  const t = useT();
  if (readOnly) {
    return <div><Badge>{t('decisionEditor.readOnly')}</Badge></div>;
  }
  return (
    <div role="toolbar" aria-label={t('decisionEditor.toolbar')} className="flex flex-wrap items-center gap-2">
      <IconButton icon={Undo2} size="sm" variant="secondary" label={t('decisionEditor.withShortcut', { action: t('decisionEditor.undo'), shortcut: SHORTCUTS.undo })} disabled={!canUndo} onClick={onUndo} />
      <IconButton icon={Redo2} size="sm" variant="secondary" label={t('decisionEditor.withShortcut', { action: t('decisionEditor.redo'), shortcut: SHORTCUTS.redo })} disabled={!canRedo} onClick={onRedo} />
      <span aria-hidden="true" className="mx-1 h-5 w-px bg-border" />
      <Button size="sm" icon={Rows3} onClick={onAddRule}>{t('decisionEditor.addRule')}</Button>
      <Button size="sm" icon={Columns3} onClick={onAddInput}>{t('decisionEditor.addInput')}</Button>
      <Button size="sm" icon={Plus} onClick={onAddOutput}>{t('decisionEditor.addOutput')}</Button>
    </div>
  );
}
