import type { CompareReport } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { formatResult } from '../logic/scenarios';

/** The inputs whose outcome differs between the two versions: before and after, side by side. */
export function OutcomeChanges({ changes }: { changes: CompareReport['changed'] }) {
  const t = useT();
  return (
    <div className="overflow-x-auto rounded-card border border-border">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('decisions.compare.changes')}</caption>
        <thead className="bg-sunken text-left text-fg-muted">
          <tr>
            <th scope="col" className="h-9 px-3 font-medium">{t('decisions.compare.scenario')}</th>
            <th scope="col" className="h-9 px-3 font-medium">{t('decisions.compare.inputs')}</th>
            <th scope="col" className="h-9 px-3 font-medium">{t('decisions.compare.before')}</th>
            <th scope="col" className="h-9 px-3 font-medium">{t('decisions.compare.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.index} className="border-t border-border align-top">
              <td className="px-3 py-2 tabular-nums">{change.index + 1}</td>
              <td className="px-3 py-2 font-mono text-xs">{JSON.stringify(change.inputs)}</td>
              <td className="px-3 py-2 font-mono text-xs">{formatResult(change.before)}</td>
              <td className="px-3 py-2 font-mono text-xs">{formatResult(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
