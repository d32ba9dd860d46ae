import { ADDRESS_PARTS, NAME_PARTS, type FormError, type SubFieldConfig } from '@flowforge/contracts';
import { useId, useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { Input } from '../../../../ui/controls/Input';
import { useFormPreviewContext } from '../../form-preview-context';
import { ErrorList, FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

interface PartInputProps {
  label: string;
  value: string | null;
  isRequired: boolean;
  isDisabled: boolean;
  errors: readonly FormError[];
  autoComplete: string | undefined;
  onChange: (text: string) => void;
}

/** One part; keeps what was typed while it still reads as the stored (trimmed) part. */
function PartInput({ label, value, isRequired, isDisabled, errors, autoComplete, onChange }: PartInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft !== null && (draft.trim() === '' ? null : draft.trim()) === value ? draft : (value ?? '');
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm text-fg-muted">
        {label}
        {isRequired && <span aria-hidden="true" className="ml-0.5 text-danger">*</span>}
      </label>
      <Input
        id={id}
        value={text}
        disabled={isDisabled}
        autoComplete={autoComplete}
        aria-required={isRequired || undefined}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
      />
      <ErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

const AUTOCOMPLETE: Record<string, string> = {
  street: 'address-line1', street2: 'address-line2', city: 'address-level2', region: 'address-level1',
  postalCode: 'postal-code', country: 'country', prefix: 'honorific-prefix', first: 'given-name',
  middle: 'additional-name', last: 'family-name', suffix: 'honorific-suffix',
};

/** Address and name: one input per enabled part; the value is an object of parts. */
export function CompositeFieldInput({ field, view }: FieldProps<'address' | 'name'>) {
  const t = useT();
  const { change } = useFormPreviewContext();
  const configs = field.subFields as Record<string, SubFieldConfig | undefined>;
  const parts = (field.type === 'address' ? ADDRESS_PARTS : NAME_PARTS).filter((part) => configs[part]?.enabled !== false);
  const value = (typeof view.value === 'object' && view.value !== null ? view.value : {}) as Record<string, string | null>;
  return (
    <FieldFrame view={view} isGroup>
      {() => (
        <div className="grid gap-3 sm:grid-cols-2">
          {parts.map((part) => (
            <PartInput
              key={part}
              label={configs[part]?.label ?? t(`formPreview.part.${part}`)}
              value={value[part] ?? null}
              isRequired={configs[part]?.required === true}
              isDisabled={view.isDisabled || view.isReadOnly}
              errors={view.partErrors[part] ?? []}
              autoComplete={AUTOCOMPLETE[part]}
              onChange={(text) => { change(field.key, { ...value, [part]: text }); }}
            />
          ))}
        </div>
      )}
    </FieldFrame>
  );
}
