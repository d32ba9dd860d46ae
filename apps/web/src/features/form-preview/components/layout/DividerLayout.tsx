import type { LayoutProps } from './layout-props';

/** A rule between parts of the form, with an optional caption. */
export function DividerLayout({ field }: LayoutProps<'divider'>) {
  if (field.label === undefined || field.label === '') return <hr className="border-border" />;
  return (
    <div role="separator" aria-label={field.label} className="flex items-center gap-3 text-sm font-medium text-fg-muted">
      <span aria-hidden="true" className="h-px flex-1 bg-border" />
      <span aria-hidden="true">{field.label}</span>
      <span aria-hidden="true" className="h-px flex-1 bg-border" />
    </div>
  );
}
