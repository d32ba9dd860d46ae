// A collapsible list of the grid's keyboard shortcuts under the table.
import { Keyboard } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { MOD_KEY } from './shortcut-labels';

export function ShortcutHelp({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  const lines = readOnly
    ? [t('decisionEditor.shortcut.move')]
    : [
        t('decisionEditor.shortcut.move'), t('decisionEditor.shortcut.edit'), t('decisionEditor.shortcut.clear'),
        t('decisionEditor.shortcut.undo', { mod: MOD_KEY }), t('decisionEditor.shortcut.menu'), t('decisionEditor.shortcut.rules', { mod: MOD_KEY }),
      ];
  return (
    <details className="text-sm text-fg-muted">
      <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded-control px-1 hover:text-fg">
        <Keyboard aria-hidden="true" className="size-4" />
        {t('decisionEditor.shortcuts')}
      </summary>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
        {lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </details>
  );
}
