import { useState, type FormEvent } from 'react';
import type { Profile } from '@flowforge/contracts';
import { useT } from '../../../../lib/i18n';
import { Button } from '../../../../ui/controls/Button';
import { TextField } from '../../../../ui/controls/TextField';
import { Card } from '../../../../ui/display/Card';
import { Alert } from '../../../../ui/feedback/Alert';
import { FormatLocaleSelect } from './FormatLocaleSelect';
import { buildProfileUpdate, listChangedFields, toFormValues, type ProfileField, type ProfileFormValues } from './profile-form';
import { TimeZoneField } from './TimeZoneField';
import { useSaveProfile } from './useSaveProfile';

const CONTACT_FIELDS = [
  { field: 'phone', label: 'profile.phone', autoComplete: 'tel', type: 'tel' },
  { field: 'title', label: 'profile.jobTitle', autoComplete: 'organization-title', type: 'text' },
  { field: 'department', label: 'profile.department', autoComplete: 'off', type: 'text' },
  { field: 'location', label: 'profile.location', autoComplete: 'off', type: 'text' },
] as const;

/** Name, contact details, time zone and format; Save sends only what changed. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useT();
  const saved = toFormValues(profile);
  const [values, setValues] = useState<ProfileFormValues>(saved);
  const [nameError, setNameError] = useState<string | undefined>();
  const saving = useSaveProfile();
  const isDirty = listChangedFields(saved, values).length > 0;
  const errorOf = (field: ProfileField) => (field === 'name' ? nameError : undefined) ?? saving.fieldErrors[field];
  const set = (field: ProfileField) => (value: string) => { setValues((current) => ({ ...current, [field]: value })); };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const isNameMissing = values.name.trim() === '';
    setNameError(isNameMissing ? t('profile.nameRequired') : undefined);
    if (!isNameMissing && isDirty) saving.save(buildProfileUpdate(saved, values), (next) => { setValues(toFormValues(next)); });
  };
  const discard = () => {
    setValues(saved);
    setNameError(undefined);
    saving.reset();
  };

  return (
    <form className="flex flex-col gap-6" onSubmit={submit} noValidate>
      <Card title={t('profile.details')} description={t('profile.detailsHint')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('settings.name')} value={values.name} error={errorOf('name')} autoComplete="name" maxLength={100} required
            onChange={(event) => { set('name')(event.target.value); }} />
          <TextField label={t('settings.email')} value={profile.email} readOnly hint={t('profile.emailHint')} />
          {CONTACT_FIELDS.map(({ field, label, autoComplete, type }) => (
            <TextField key={field} label={t(label)} type={type} value={values[field]} error={errorOf(field)} autoComplete={autoComplete}
              onChange={(event) => { set(field)(event.target.value); }} />
          ))}
        </div>
      </Card>
      <Card title={t('profile.regional')} description={t('profile.regionalHint')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TimeZoneField value={values.timeZone} error={errorOf('timeZone')} onChange={set('timeZone')} />
          <FormatLocaleSelect value={values.formatLocale} error={errorOf('formatLocale')} onChange={set('formatLocale')} />
        </div>
      </Card>
      {saving.summary && <Alert tone="danger" title={saving.summary.title}>{saving.summary.detail}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" isLoading={saving.isSaving} disabled={!isDirty}>{t('profile.save')}</Button>
        <Button variant="ghost" disabled={!isDirty} onClick={discard}>{t('profile.discard')}</Button>
        <p className="text-sm text-fg-muted" aria-live="polite">{isDirty ? t('profile.unsaved') : ''}</p>
      </div>
    </form>
  );
}
