import { GROUP_RULE_FIELDS } from '@flowforge/contracts';
import { Suspense, useId, useMemo, useRef } from 'react';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { Spinner } from '../../../ui/feedback/Spinner';
import { DiagnosticList, ExpressionEditor, type ExpressionEditorHandle } from '../../expressions';
import { useRulePreview } from '../hooks/useRulePreview';

interface RuleEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The server's error from the last save, or "required". */
  error: string | undefined;
}

/** A dynamic group's rule: the expression editor, its problems and how many people it matches now. */
export function RuleEditor({ value, onChange, error }: RuleEditorProps) {
  const t = useT();
  const hintId = useId();
  const labelId = useId();
  const editorRef = useRef<ExpressionEditorHandle>(null);
  const preview = useRulePreview(value);
  const labels = useMemo(() => ({ label: t('groups.field.rule'), placeholder: t('groups.rulePlaceholder'), describedBy: hintId }), [t, hintId]);
  const diagnostics = preview.data?.diagnostics ?? [];

  return (
    <div className="flex flex-col gap-2">
      <p id={labelId} className="text-sm font-medium">{t('groups.field.rule')}</p>
      <div className="rounded-control border border-border-strong bg-canvas" aria-labelledby={labelId} role="group">
        <Suspense fallback={<Skeleton className="h-9 w-full" />}>
          <ExpressionEditor ref={editorRef} value={value} onChange={onChange} fields={GROUP_RULE_FIELDS} diagnostics={diagnostics} diagnosedSource={preview.source} labels={labels} />
        </Suspense>
      </div>
      <p id={hintId} className="text-sm text-fg-muted">{t('groups.ruleHint')}</p>
      {error !== undefined && <p role="alert" className="text-sm text-danger">{error}</p>}
      <div aria-live="polite" className="flex flex-col gap-2">
        {value.trim() === '' ? null : preview.isError ? (
          <p className="text-sm text-danger">{describeError(preview.error, t).title}</p>
        ) : preview.data === undefined ? (
          <p className="flex items-center gap-2 text-sm text-fg-muted"><Spinner />{t('groups.ruleChecking')}</p>
        ) : preview.data.ok ? (
          <RuleMatches count={preview.data.matchCount} sample={preview.data.sample} isStale={preview.isStale} />
        ) : (
          <DiagnosticList source={preview.source} diagnostics={diagnostics} onSelect={(from, to) => { editorRef.current?.selectRange(from, to); }} />
        )}
      </div>
    </div>
  );
}

function RuleMatches({ count, sample, isStale }: { count: number; sample: readonly { userId: string; name: string; email: string }[]; isStale: boolean }) {
  const t = useT();
  return (
    <div className={isStale ? 'opacity-60' : undefined}>
      <p className="text-sm font-medium">{t('groups.ruleMatches', { count })}</p>
      {sample.length > 0 && (
        <ul className="mt-1 flex flex-col gap-0.5 text-sm text-fg-muted">
          {sample.map((person) => <li key={person.userId}>{person.name} · {person.email}</li>)}
        </ul>
      )}
    </div>
  );
}
