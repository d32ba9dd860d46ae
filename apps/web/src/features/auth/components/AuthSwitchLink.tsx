import { Link } from '@tanstack/react-router';

/** "New to FlowForge? Create an account" under the sign-in card, and the reverse. */
export function AuthSwitchLink({ to, question, action }: { to: '/sign-in' | '/sign-up'; question: string; action: string }) {
  return (
    <>
      {question}{' '}
      <Link to={to} className="font-medium text-accent-fg underline underline-offset-2 hover:no-underline">
        {action}
      </Link>
    </>
  );
}
