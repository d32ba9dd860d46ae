import { useT } from '../../../lib/i18n';
import { Card } from '../../../ui/display/Card';
import { CopyButton } from './CopyButton';

const examples = (origin: string) => ({
  apiKey: `curl -H "X-API-Key: $FLOWFORGE_API_KEY" ${origin}/api/v1/me`,
  token: `curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials -d "scope=account:read" ${origin}/api/v1/oauth/token`,
  bearer: `curl -H "Authorization: Bearer $ACCESS_TOKEN" ${origin}/api/v1/me`,
});

/** How to call the API with a key, get a token and use it; each command with a copy button. */
export function CurlExamplesCard() {
  const t = useT();
  const commands = examples(window.location.origin);
  const rows = [
    { id: 'apiKey', label: t('serviceAccounts.examples.apiKey'), command: commands.apiKey },
    { id: 'token', label: t('serviceAccounts.examples.token'), command: commands.token },
    { id: 'bearer', label: t('serviceAccounts.examples.bearer'), command: commands.bearer },
  ];
  return (
    <Card title={t('serviceAccounts.examples.title')} description={t('serviceAccounts.examples.description')}>
      <ul className="flex flex-col gap-4">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-col gap-1.5">
            <span className="text-sm font-medium">{row.label}</span>
            <div className="flex items-start gap-2">
              <pre className="min-w-0 flex-1 rounded-control border border-border bg-sunken p-2.5 font-mono text-xs break-all whitespace-pre-wrap"><code>{row.command}</code></pre>
              <CopyButton value={row.command} label={t('serviceAccounts.examples.copy', { example: row.label })} />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
