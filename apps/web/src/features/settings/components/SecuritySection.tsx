import { PasswordCard } from './PasswordCard';
import { SessionsCard } from './SessionsCard';

/** My settings → security: password, sign-in methods and sessions. */
export function SecuritySection() {
  return (
    <>
      <PasswordCard />
      <SessionsCard />
    </>
  );
}
