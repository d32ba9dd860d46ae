import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { joinClassNames } from '../class-names';

export interface TabItem {
  id: string;
  label: string;
  panel: ReactNode;
}

interface TabsProps {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly TabItem[];
  /** Controlled selection; leave out to let Tabs keep it. */
  value?: string;
  onChange?: (id: string) => void;
}

const NEXT_INDEX: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** WAI-ARIA tabs: one tab stop, arrows move and select (automatic activation). */
export function Tabs({ label, tabs, value, onChange }: TabsProps) {
  const baseId = useId();
  const [ownValue, setOwnValue] = useState(tabs[0]?.id ?? '');
  const selectedId = value ?? ownValue;
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (id: string) => {
    setOwnValue(id);
    onChange?.(id);
  };

  const handleKeyDown = (event: KeyboardEvent, index: number) => {
    const nextIndex = NEXT_INDEX[event.key]?.(index, tabs.length);
    const tab = nextIndex === undefined ? undefined : tabs[nextIndex];
    if (nextIndex === undefined || !tab) return;
    event.preventDefault();
    select(tab.id);
    tabRefs.current[nextIndex]?.focus();
  };

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 border-b border-border">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => { tabRefs.current[index] = element; }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={tab.id === selectedId}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={tab.id === selectedId ? 0 : -1}
            onClick={() => { select(tab.id); }}
            onKeyDown={(event) => { handleKeyDown(event, index); }}
            className={joinClassNames(
              '-mb-px border-b-2 px-3 py-2 font-medium',
              tab.id === selectedId ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg',
            )}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== selectedId}
          tabIndex={0}
          className="pt-4"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
