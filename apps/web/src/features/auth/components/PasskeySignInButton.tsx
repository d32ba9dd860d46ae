import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { signInWithPasskey } from '../api/passkey-sign-in';
import { describePasskeyError } from '../passkey-error';

/** "Sign in with a passkey" under the password form; hidden where the browser has no WebAuthn. */
export function PasskeySignInButton({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const t = useT();
  const mutation = useMutation({
    mutationFn: async () => {
      await signInWithPasskey();
      await onSignedIn();
    },
  });
  if (!browserSupportsWebAuthn()) return null;

  return (
    <div className="mt-4 flex flex-col gap-4">
      <div className="flex items-center gap-3 text-sm text-fg-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-border" />
        {t('passkey.or')}
        <span className="h-px flex-1 bg-border" />
      </div>
      {mutation.isError && <Alert tone="danger" title={describePasskeyError(mutation.error, t)} />}
      <Button icon={KeyRound} className="w-full" isLoading={mutation.isPending} onClick={() => { mutation.mutate(); }}>
        {t('passkey.signIn')}
      </Button>
    </div>
  );
}
