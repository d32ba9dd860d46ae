import { ChevronDown, ChevronRight } from 'lucide-react';
import { useId, useState } from 'react';
import type { LayoutProps } from './layout-props';

/** A titled group of fields; a collapsible one has a disclosure button for its content. */
export function SectionLayout({ field, renderChildren }: LayoutProps<'section'>) {
  const id = useId();
  const [isCollapsed, setIsCollapsed] = useState(field.collapsible && field.collapsed);
  const Icon = isCollapsed ? ChevronRight : ChevronDown;
  const title = field.label ?? '';
  return (
    <section aria-labelledby={title === '' ? undefined : `${id}-title`} className="flex flex-col gap-4 rounded-card border border-border p-4">
      {title !== '' && (
        <div>
          <h3 id={`${id}-title`} className="text-md font-semibold">
            {field.collapsible ? (
              <button
                type="button"
                aria-expanded={!isCollapsed}
                aria-controls={`${id}-content`}
                onClick={() => { setIsCollapsed(!isCollapsed); }}
                className="inline-flex items-center gap-1.5 rounded-control hover:text-accent-fg"
              >
                <Icon aria-hidden="true" className="size-4" />
                {title}
              </button>
            ) : (
              title
            )}
          </h3>
          {field.description !== undefined && <p className="mt-0.5 text-sm text-fg-muted">{field.description}</p>}
        </div>
      )}
      <div id={`${id}-content`} hidden={isCollapsed} className="flex flex-col gap-4">
        {renderChildren(field.children)}
      </div>
    </section>
  );
}
