import { PasskeysCard } from './passkeys/PasskeysCard';
import { PasswordCard } from './PasswordCard';
import { SessionsCard } from './SessionsCard';
import { TwoFactorCard } from './two-factor/TwoFactorCard';

/** My settings → security: password, second factors (TOTP, passkeys) and sessions. */
export function SecuritySection() {
  return (
    <>
      <PasswordCard />
      <TwoFactorCard />
      <PasskeysCard />
      <SessionsCard />
    </>
  );
}
