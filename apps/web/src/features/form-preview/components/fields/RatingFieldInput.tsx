import { Star } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import { useFormPreviewContext } from '../../form-preview-context';
import { listRatingSteps } from '../../field-view/rating-steps';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

/** A rating as a radio group of stars (arrow keys move, like any radio group). */
export function RatingFieldInput({ field, view }: FieldProps<'rating'>) {
  const t = useT();
  const { change } = useFormPreviewContext();
  const name = useId();
  const current = typeof view.value === 'number' ? view.value : 0;
  const isDisabled = view.isDisabled || view.isReadOnly;
  return (
    <FieldFrame view={view} isGroup>
      {(control) => (
        <div className="flex flex-wrap items-center gap-1">
          {listRatingSteps(field.max, field.allowHalf).map((step) => (
            <label key={step} className="relative inline-flex cursor-pointer rounded-control p-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring">
              <input
                type="radio"
                name={name}
                value={step}
                checked={current === step}
                disabled={isDisabled}
                aria-invalid={control['aria-invalid']}
                onChange={() => { change(field.key, step); }}
                className="peer sr-only"
              />
              <Star aria-hidden="true" className={joinClassNames('size-5', step <= current ? 'fill-warning text-warning' : 'text-fg-muted')} />
              <span className="sr-only">{t('formPreview.ratingOf', { value: step, max: field.max })}</span>
            </label>
          ))}
          {current > 0 && !isDisabled && (
            <button type="button" className="ml-2 text-sm text-accent-fg underline" onClick={() => { change(field.key, null); }}>
              {t('formPreview.clear')}
            </button>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
