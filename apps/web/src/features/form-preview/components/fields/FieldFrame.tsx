import type { FormError } from '@flowforge/contracts';
import { CircleAlert } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeFormError } from '../../field-view/form-error-text';
import type { FieldView } from '../../field-view/field-view';

/** Props the frame hands to its control so label, description and errors are announced. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

interface FieldFrameProps {
  view: FieldView;
  /** A group of controls (radios, parts): a fieldset with a legend instead of a label. */
  isGroup?: boolean;
  /** Extra text tied to the control, e.g. a note about the preview. */
  note?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

export function ErrorList({ id, errors }: { id: string; errors: readonly FormError[] }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div id={id} className="flex flex-col gap-0.5">
      {errors.map((error, index) => (
        <p key={`${error.code}-${String(index)}`} className="flex items-start gap-1.5 text-sm text-danger">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          {describeFormError(error, t)}
        </p>
      ))}
    </div>
  );
}

function RequiredMark() {
  const t = useT();
  return (
    <>
      <span aria-hidden="true" className="ml-0.5 text-danger">*</span>
      <span className="sr-only">{` (${t('formPreview.required')})`}</span>
    </>
  );
}

function buildControlProps(id: string, view: FieldView, { isGroup, note }: { isGroup: boolean; note: string | undefined }): ControlProps {
  const describedBy = [
    view.errors.length > 0 && `${id}-error`,
    view.description !== undefined && `${id}-description`,
    note !== undefined && `${id}-note`,
  ].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy !== '') control['aria-describedby'] = describedBy;
  if (view.errors.length > 0) control['aria-invalid'] = true;
  if (view.isRequired && !isGroup) control['aria-required'] = true;
  return control;
}

/** Label (or legend), description, note and errors around a field's control(s). */
export function FieldFrame({ view, isGroup = false, note, children }: FieldFrameProps) {
  const id = useId();
  const ids = { error: `${id}-error`, description: `${id}-description`, note: `${id}-note` };
  const control = buildControlProps(id, view, { isGroup, note });
  const caption = (
    <>
      {view.label}
      {view.isRequired && <RequiredMark />}
    </>
  );
  const details = (
    <>
      <ErrorList id={ids.error} errors={view.errors} />
      {view.description !== undefined && <p id={ids.description} className="text-sm text-fg-muted">{view.description}</p>}
      {note !== undefined && <p id={ids.note} className="text-sm text-fg-muted">{note}</p>}
    </>
  );
  if (isGroup) {
    return (
      <fieldset className="flex min-w-0 flex-col gap-1.5" aria-describedby={control['aria-describedby']}>
        <legend className="mb-1.5 text-sm font-medium">{caption}</legend>
        {children(control)}
        {details}
      </fieldset>
    );
  }
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">{caption}</label>
      {children(control)}
      {details}
    </div>
  );
}
