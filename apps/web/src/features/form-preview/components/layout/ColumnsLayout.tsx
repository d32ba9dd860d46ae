import type { LayoutProps } from './layout-props';

// Written out so Tailwind sees every class; index = the column's share of 12.
const SPANS = [
  '', '@sm:col-span-1', '@sm:col-span-2', '@sm:col-span-3', '@sm:col-span-4', '@sm:col-span-5', '@sm:col-span-6',
  '@sm:col-span-7', '@sm:col-span-8', '@sm:col-span-9', '@sm:col-span-10', '@sm:col-span-11', '@sm:col-span-12',
];

/** Columns on a 12-part grid when the form is wide enough, stacked when it is narrow. */
export function ColumnsLayout({ field, renderChildren }: LayoutProps<'columns'>) {
  const fallback = Math.max(1, Math.floor(12 / field.columns.length));
  return (
    <div className="@container">
      <div className="grid grid-cols-1 gap-4 @sm:grid-cols-12">
        {field.columns.map((column, index) => (
          <div key={`${field.key}-${String(index)}`} className={`flex min-w-0 flex-col gap-4 ${SPANS[column.width ?? fallback] ?? ''}`}>
            {renderChildren(column.children)}
          </div>
        ))}
      </div>
    </div>
  );
}
