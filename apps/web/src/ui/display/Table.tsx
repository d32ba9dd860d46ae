import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useLocale, useT } from '../../lib/i18n';
import { joinClassNames } from '../class-names';
import { computeNextSort, sortRows, type SortState, type SortValue } from './table-sort';

export interface TableColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: Row) => SortValue;
  align?: 'start' | 'end';
}

interface TableProps<Row> {
  caption: string;
  /** Keep the caption for screen readers only, when a heading already names the table. */
  isCaptionHidden?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  getRowKey: (row: Row) => string;
  initialSort?: SortState;
}

export function Table<Row>({ caption, isCaptionHidden = false, columns, rows, getRowKey, initialSort }: TableProps<Row>) {
  const locale = useLocale();
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const sortedRows = useMemo(() => {
    const column = columns.find((candidate) => candidate.id === sort?.columnId);
    if (!sort || !column?.sortValue) return rows;
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    return sortRows(rows, column.sortValue, { direction: sort.direction, collator });
  }, [columns, rows, sort, locale]);

  return (
    <div className="overflow-x-auto rounded-card border border-border">
      <table className="w-full border-collapse text-sm tabular-nums">
        <caption className={isCaptionHidden ? 'sr-only' : 'px-3 py-2 text-left font-medium'}>{caption}</caption>
        <thead className="bg-sunken">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} onSort={() => { setSort(computeNextSort(sort, column.id)); }} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sortedRows.map((row) => (
            <tr key={getRowKey(row)} className="border-t border-border hover:bg-hover">
              {columns.map((column) => (
                <td key={column.id} className={joinClassNames('h-9 px-3', column.align === 'end' && 'text-right')}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<Row>({ column, sort, onSort }: { column: TableColumn<Row>; sort: SortState | null; onSort: () => void }) {
  const t = useT();
  const direction = sort?.columnId === column.id ? sort.direction : undefined;
  const alignment = column.align === 'end' ? 'text-right' : 'text-left';
  if (!column.sortValue) {
    return (
      <th scope="col" className={joinClassNames('h-9 px-3 font-medium text-fg-muted', alignment)}>
        {column.header}
      </th>
    );
  }
  const Icon = direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ChevronsUpDown;
  return (
    <th scope="col" aria-sort={direction} className={joinClassNames('h-9 px-1', alignment)}>
      <button
        type="button"
        onClick={onSort}
        title={t('ui.sortBy', { column: column.header })}
        className="inline-flex h-7 items-center gap-1 rounded-control px-2 font-medium text-fg-muted hover:bg-hover hover:text-fg"
      >
        {column.header}
        <Icon aria-hidden="true" className="size-3.5" />
      </button>
    </th>
  );
}
