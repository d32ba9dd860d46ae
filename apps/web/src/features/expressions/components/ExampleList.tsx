import { useT } from '../../../lib/i18n';
import { Card } from '../../../ui/display/Card';
import { EXPRESSION_EXAMPLES } from '../examples';

interface ExampleListProps {
  onPick: (expression: string) => void;
}

/** The spec's examples; picking one puts it in the editor. */
export function ExampleList({ onPick }: ExampleListProps) {
  const t = useT();
  return (
    <Card title={t('expressions.examples')} description={t('expressions.examplesHint')}>
      <ul className="flex flex-wrap gap-2">
        {EXPRESSION_EXAMPLES.map((example) => (
          <li key={example} className="min-w-0">
            <button
              type="button"
              onClick={() => { onPick(example); }}
              className="max-w-full rounded-control border border-border bg-sunken px-2 py-1 text-left font-mono text-xs break-all text-fg hover:border-border-strong hover:bg-hover"
            >
              {example}
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
