import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import { isRateLimitMode, RATE_LIMIT_MODES, type RateLimitDraft } from '../rate-limit-form';

interface RateLimitFieldsProps {
  draft: RateLimitDraft;
  onChange: (draft: RateLimitDraft) => void;
  errors: Readonly<Record<string, string>>;
}

/** The account's tier, a tier of its own, or custom requests per minute and burst. */
export function RateLimitFields({ draft, onChange, errors }: RateLimitFieldsProps) {
  const t = useT();
  const options = RATE_LIMIT_MODES.map((mode) => ({ value: mode, label: t(`serviceAccounts.rateLimit.${mode}`) }));
  return (
    <div className="flex flex-col gap-3">
      <Field label={t('serviceAccounts.field.rateLimit')} hint={t('serviceAccounts.field.rateLimitHint')} error={errors.rateLimit}>
        {(control) => (
          <Select {...control} options={options} value={draft.mode}
            onChange={(event) => { if (isRateLimitMode(event.target.value)) onChange({ ...draft, mode: event.target.value }); }} />
        )}
      </Field>
      {draft.mode === 'custom' && (
        <div className="grid grid-cols-2 gap-3">
          <TextField label={t('serviceAccounts.field.perMinute')} type="number" min={1} max={100000} required inputMode="numeric"
            value={draft.perMinute} error={errors['rateLimit.perMinute']} onChange={(event) => { onChange({ ...draft, perMinute: event.target.value }); }} />
          <TextField label={t('serviceAccounts.field.burst')} type="number" min={1} max={10000} required inputMode="numeric"
            value={draft.burst} error={errors['rateLimit.burst']} onChange={(event) => { onChange({ ...draft, burst: event.target.value }); }} />
        </div>
      )}
    </div>
  );
}
