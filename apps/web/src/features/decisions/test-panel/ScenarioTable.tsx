import { Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';
import { IconButton } from '../../../ui/controls/IconButton';
import { Input } from '../../../ui/controls/Input';
import type { InputField } from '../logic/input-form';
import type { ScenarioCellError, ScenarioRow } from '../logic/scenarios';
import { ScenarioOutcomeCell, type ScenarioOutcome } from './ScenarioOutcomeCell';
import type { TestTarget } from './test-target';
import { ValueInput } from './ValueInput';

export type { ScenarioOutcome };

interface ScenarioTableProps {
  target: TestTarget;
  rows: readonly ScenarioRow[];
  errors: readonly ScenarioCellError[];
  outcomes: ReadonlyMap<string, ScenarioOutcome>;
  /** Without it the table is read-only. */
  onRowsChange?: ((update: (rows: ScenarioRow[]) => ScenarioRow[]) => void) | undefined;
}

// Cells keep the controls' own height and type size, so rows line up with the form controls elsewhere.
const CELL = 'min-w-24';

/** The scenarios as an editable (or read-only) table: a name, a value per input, the expected result and the outcome. */
export function ScenarioTable({ target, rows, errors, outcomes, onRowsChange }: ScenarioTableProps) {
  const t = useT();
  const readOnly = onRowsChange === undefined;
  // "More inputs" also shows when a row holds inputs no field shows (e.g. of a column since removed).
  const showExtra = target.hasComplexInputs || target.fields.length === 0 || rows.some((row) => row.extra.trim() !== '');
  const change = (id: string, patch: (row: ScenarioRow) => ScenarioRow) => { onRowsChange?.((current) => current.map((row) => (row.id === id ? patch(row) : row))); };
  const hasError = (rowId: string, field: string) => errors.some((error) => error.rowId === rowId && error.field === field);
  return (
    <div className="overflow-x-auto rounded-card border border-border">
      <table className="w-full border-collapse text-sm tabular-nums">
        <caption className="sr-only">{t('decisions.scenarios.title')}</caption>
        <thead className="bg-sunken text-left text-fg-muted">
          <tr>
            <Th>{t('decisions.scenarios.name')}</Th>
            {target.fields.map((field) => <Th key={field.key}>{field.label}</Th>)}
            {showExtra && <Th>{t('decisions.scenarios.extra')}</Th>}
            <Th>{t('decisions.scenarios.expected')}</Th>
            <Th>{t('decisions.scenarios.outcome')}</Th>
            {!readOnly && <Th><span className="sr-only">{t('decisions.scenarios.actions')}</span></Th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const label = (column: string) => t('decisions.scenarios.cell', { row: index + 1, column });
            return (
              <tr key={row.id} className="border-t border-border align-top">
                <Td><Input className={CELL} readOnly={readOnly} aria-label={label(t('decisions.scenarios.name'))} value={row.name} onChange={(event) => { change(row.id, (r) => ({ ...r, name: event.target.value })); }} /></Td>
                {target.fields.map((field: InputField) => (
                  <Td key={field.key}>
                    <ValueInput className={CELL} field={field} readOnly={readOnly} aria-label={label(field.label)} aria-invalid={hasError(row.id, field.key) || undefined} value={row.values[field.key] ?? ''}
                      onChange={(text) => { change(row.id, (r) => ({ ...r, values: { ...r.values, [field.key]: text } })); }} />
                  </Td>
                ))}
                {showExtra && (
                  <Td><Input className={`${CELL} font-mono`} readOnly={readOnly} aria-label={label(t('decisions.scenarios.extra'))} aria-invalid={hasError(row.id, 'extra') || undefined} value={row.extra} placeholder="{}" onChange={(event) => { change(row.id, (r) => ({ ...r, extra: event.target.value })); }} /></Td>
                )}
                <Td><Input className={`${CELL} font-mono`} readOnly={readOnly} aria-label={label(t('decisions.scenarios.expected'))} value={row.expected} onChange={(event) => { change(row.id, (r) => ({ ...r, expected: event.target.value })); }} /></Td>
                <Td><ScenarioOutcomeCell outcome={outcomes.get(row.id)} onUseActual={readOnly ? undefined : (text) => { change(row.id, (r) => ({ ...r, expected: text })); }} /></Td>
                {!readOnly && (
                  <Td>
                    <IconButton icon={Trash2} size="sm" label={t('decisions.scenarios.remove', { row: index + 1 })}
                      onClick={() => { onRowsChange((current) => current.filter((candidate) => candidate.id !== row.id)); }} />
                  </Td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Th({ children }: { children: ReactNode }) {
  return <th scope="col" className="h-9 px-2 font-medium whitespace-nowrap">{children}</th>;
}

function Td({ children }: { children: ReactNode }) {
  return <td className="min-w-28 px-2 py-1.5">{children}</td>;
}
