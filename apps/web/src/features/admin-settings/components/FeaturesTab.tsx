import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { FeatureSetting, FeatureSettings } from '@flowforge/contracts';
import { useT, type MessageKey } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { Card } from '../../../ui/display/Card';
import { featureSettingsQuery, saveFeatureSettings } from '../api/admin-settings-api';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { SectionQuery } from './SectionQuery';

// Names and descriptions in the user's language; a feature added later without messages shows the server's label.
const FEATURE_MESSAGES: Readonly<Record<string, { name: MessageKey; description: MessageKey }>> = {
  teams: { name: 'adminSettings.features.teams', description: 'adminSettings.features.teamsHint' },
  groups: { name: 'adminSettings.features.groups', description: 'adminSettings.features.groupsHint' },
  'service-accounts': { name: 'adminSettings.features.serviceAccounts', description: 'adminSettings.features.serviceAccountsHint' },
  audit: { name: 'adminSettings.features.audit', description: 'adminSettings.features.auditHint' },
};

export function FeaturesTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const t = useT();
  const query = useQuery(featureSettingsQuery(accountId));
  return (
    <SectionQuery query={query} loadingLabel={t('adminSettings.loading')}>
      {(features) => <FeaturesForm key={JSON.stringify(features)} features={features} canEdit={canEdit} />}
    </SectionQuery>
  );
}

function FeaturesForm({ features, canEdit }: { features: FeatureSettings; canEdit: boolean }) {
  const t = useT();
  const [enabled, setEnabled] = useState(() => Object.fromEntries(features.items.map((item) => [item.key, item.enabled])));
  const mutation = useSaveSettings('features', saveFeatureSettings, { refreshesSession: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ features: enabled });
  };
  const describe = (item: FeatureSetting) => {
    const messages = FEATURE_MESSAGES[item.key];
    return messages ? { name: t(messages.name), description: t(messages.description) } : { name: item.key, description: item.label };
  };

  return (
    <Card title={t('adminSettings.features.title')} description={t('adminSettings.features.description')}>
      <form className="flex flex-col gap-5" onSubmit={submit}>
        <ul className="flex flex-col gap-4">
          {features.items.map((item) => {
            const { name, description } = describe(item);
            return (
              <li key={item.key} className="flex flex-col gap-1">
                <Checkbox label={name} checked={enabled[item.key] ?? true} disabled={!canEdit}
                  onChange={(event) => { setEnabled((current) => ({ ...current, [item.key]: event.target.checked })); }} />
                <p className="pl-6 text-sm text-fg-muted">{description}</p>
              </li>
            );
          })}
        </ul>
        {canEdit && <Button type="submit" variant="primary" className="self-start" isLoading={mutation.isPending}>{t('adminSettings.save')}</Button>}
      </form>
    </Card>
  );
}
