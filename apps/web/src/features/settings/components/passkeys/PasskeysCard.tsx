import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useQuery } from '@tanstack/react-query';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { Card } from '../../../../ui/display/Card';
import { Alert } from '../../../../ui/feedback/Alert';
import { EmptyState } from '../../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../../ui/feedback/Skeleton';
import { listPasskeys, PASSKEYS_QUERY_KEY } from '../../api/passkeys-api';
import { AddPasskeyDialog } from './AddPasskeyDialog';
import { PasskeysTable } from './PasskeysTable';

/** My settings → passkeys: add one (WebAuthn), see when each was last used, rename, remove. */
export function PasskeysCard() {
  const t = useT();
  const query = useQuery({ queryKey: PASSKEYS_QUERY_KEY, queryFn: ({ signal }) => listPasskeys(signal) });
  const [isAdding, setIsAdding] = useState(false);
  const isSupported = browserSupportsWebAuthn();
  const addButton = isSupported
    ? <Button icon={Plus} variant="primary" onClick={() => { setIsAdding(true); }}>{t('passkey.add')}</Button>
    : undefined;

  return (
    <Card title={t('passkey.title')} description={t('passkey.description')}>
      <div className="flex flex-col gap-4">
        {!isSupported && <Alert title={t('passkey.unsupported')} />}
        {query.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : query.isError ? (
          <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
        ) : query.data.length === 0 ? (
          <EmptyState icon={KeyRound} title={t('passkey.emptyTitle')} description={t('passkey.emptyDescription')} action={addButton} />
        ) : (
          <>
            <PasskeysTable passkeys={query.data} now={query.dataUpdatedAt} />
            {addButton !== undefined && <div>{addButton}</div>}
          </>
        )}
      </div>
      <AddPasskeyDialog open={isAdding} onClose={() => { setIsAdding(false); }} />
    </Card>
  );
}
