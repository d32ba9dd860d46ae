import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isTimeZone, type GeneralSettings } from '@flowforge/contracts';
import { LOCALE_NAMES, LOCALES, useT, type Locale } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { generalSettingsQuery, saveGeneralSettings } from '../api/admin-settings-api';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { fieldErrorsOf } from './field-errors';
import { LogoCard } from './LogoCard';
import { SectionQuery } from './SectionQuery';
import { TimeZoneInput } from './TimeZoneInput';

interface TabProps {
  accountId: string;
  canEdit: boolean;
}

export function GeneralTab({ accountId, canEdit }: TabProps) {
  const t = useT();
  const query = useQuery(generalSettingsQuery(accountId));
  return (
    <SectionQuery query={query} loadingLabel={t('adminSettings.loading')}>
      {(settings) => <GeneralForm key={`${settings.name}|${settings.timeZone}|${settings.defaultLanguage}`} settings={settings} canEdit={canEdit} />}
    </SectionQuery>
  );
}

function GeneralForm({ settings, canEdit }: { settings: GeneralSettings; canEdit: boolean }) {
  const t = useT();
  const [name, setName] = useState(settings.name);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [defaultLanguage, setDefaultLanguage] = useState<Locale>(settings.defaultLanguage);
  const [isChecked, setIsChecked] = useState(false);
  const mutation = useSaveSettings('general', saveGeneralSettings, { refreshesSession: true });
  const serverErrors = fieldErrorsOf(mutation.error);
  const errors = {
    name: isChecked && name.trim() === '' ? t('adminSettings.general.nameRequired') : serverErrors.name,
    timeZone: isChecked && !isTimeZone(timeZone) ? t('adminSettings.general.timeZoneInvalid') : serverErrors.timeZone,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    if (name.trim() === '' || !isTimeZone(timeZone)) return;
    mutation.mutate({ name: name.trim(), timeZone, defaultLanguage });
  };

  return (
    <div className="flex flex-col gap-6">
      <Card title={t('adminSettings.general.title')} description={t('adminSettings.general.description')}>
        <form className="flex max-w-xl flex-col gap-4" onSubmit={submit} noValidate>
          <TextField label={t('adminSettings.general.name')} value={name} maxLength={120} required disabled={!canEdit} error={errors.name}
            onChange={(event) => { setName(event.target.value); }} />
          <TimeZoneInput label={t('adminSettings.general.timeZone')} hint={t('adminSettings.general.timeZoneHint')} value={timeZone}
            error={errors.timeZone} disabled={!canEdit} onChange={setTimeZone} />
          <Field label={t('adminSettings.general.language')} hint={t('adminSettings.general.languageHint')}>
            {(control) => (
              <Select {...control} className="w-56" value={defaultLanguage} disabled={!canEdit}
                options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
                onChange={(event) => { setDefaultLanguage(event.target.value as Locale); }} />
            )}
          </Field>
          {canEdit && <Button type="submit" variant="primary" className="self-start" isLoading={mutation.isPending}>{t('adminSettings.save')}</Button>}
        </form>
      </Card>
      <LogoCard accountName={settings.name} logoUrl={settings.logoUrl} canEdit={canEdit} />
    </div>
  );
}
