// Route guards. The session query is the single source of truth: null means signed out.
import type { QueryClient } from '@tanstack/react-query';
import { redirect, type ParsedLocation } from '@tanstack/react-router';
import { isApiProblem } from '../lib/api-problem';
import { resolveSafeRedirect } from '../lib/safe-redirect';
import { meQueryOptions, type Me } from '../features/session';

export interface RouterContext {
  queryClient: QueryClient;
}

/** App pages: signed-out visitors go to /sign-in, which brings them back afterwards. */
export async function requireSession(context: RouterContext, location: ParsedLocation): Promise<{ me: Me }> {
  const me = await loadSession(context);
  if (!me) {
    const target = location.href === '/' ? undefined : location.href;
    throw redirect({ to: '/sign-in', search: { redirect: target } });
  }
  return { me };
}

/** Sign-in and sign-up: a signed-in visitor has nothing to do there. */
export async function redirectIfSignedIn(context: RouterContext, location: ParsedLocation): Promise<void> {
  const me = await loadSession(context);
  if (me) {
    const search = location.search as { redirect?: unknown };
    throw redirect({ href: resolveSafeRedirect(search.redirect), replace: true });
  }
}

/**
 * /mfa-setup: only for a signed-in user whose account requires two-factor authentication they have
 * not set up (the server answers 403 mfa-required); everyone else goes where they belong.
 */
export async function requirePendingMfaSetup(context: RouterContext): Promise<void> {
  let me: Me | null;
  try {
    me = await context.queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
  } catch (error) {
    if (isMfaSetupRequired(error)) return;
    throw error;
  }
  throw redirect(me ? { to: '/', replace: true } : { to: '/sign-in', replace: true });
}

/** The session, or — before the user may see anything — the set-up of the MFA their account requires. */
async function loadSession(context: RouterContext): Promise<Me | null> {
  try {
    return await context.queryClient.ensureQueryData(meQueryOptions);
  } catch (error) {
    if (isMfaSetupRequired(error)) throw redirect({ to: '/mfa-setup', replace: true });
    throw error;
  }
}

function isMfaSetupRequired(error: unknown): boolean {
  return isApiProblem(error) && error.code === 'mfa-required';
}
