import { useId } from 'react';
import { Input } from '../../../../ui/controls/Input';
import { useDraftInput } from '../../hooks/useDraftInput';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

/** Integer, decimal, currency (exact decimal text) and percentage (typed as `12.5%`). */
export function NumberFieldInput({ field, view }: FieldProps<'integer' | 'decimal' | 'currency' | 'percentage'>) {
  const { text, onText } = useDraftInput(field, view.value);
  const unit = field.type === 'currency' ? field.currency : undefined;
  const unitId = useId();
  return (
    <FieldFrame view={view}>
      {(control) => (
        <div className="relative">
          <Input
            {...control}
            aria-describedby={[control['aria-describedby'], unit && unitId].filter(Boolean).join(' ') || undefined}
            name={field.key}
            value={text}
            placeholder={view.placeholder}
            disabled={view.isDisabled}
            readOnly={view.isReadOnly}
            inputMode={field.type === 'integer' ? 'numeric' : 'decimal'}
            autoComplete="off"
            onChange={(event) => { onText(event.target.value); }}
            className={unit ? 'pr-12 text-right tabular-nums read-only:bg-sunken' : 'tabular-nums read-only:bg-sunken'}
          />
          {unit && (
            <span id={unitId} className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-fg-muted">
              {unit}
            </span>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
