// Route guards. The session query is the single source of truth: null means signed out.
import type { QueryClient } from '@tanstack/react-query';
import { redirect, type ParsedLocation } from '@tanstack/react-router';
import { resolveSafeRedirect } from '../lib/safe-redirect';
import { meQueryOptions, type Me } from '../features/session';

export interface RouterContext {
  queryClient: QueryClient;
}

/** App pages: signed-out visitors go to /sign-in, which brings them back afterwards. */
export async function requireSession(context: RouterContext, location: ParsedLocation): Promise<{ me: Me }> {
  const me = await context.queryClient.ensureQueryData(meQueryOptions);
  if (!me) {
    const target = location.href === '/' ? undefined : location.href;
    throw redirect({ to: '/sign-in', search: { redirect: target } });
  }
  return { me };
}

/** Sign-in and sign-up: a signed-in visitor has nothing to do there. */
export async function redirectIfSignedIn(context: RouterContext, location: ParsedLocation): Promise<void> {
  const me = await context.queryClient.ensureQueryData(meQueryOptions);
  if (me) {
    const search = location.search as { redirect?: unknown };
    throw redirect({ href: resolveSafeRedirect(search.redirect), replace: true });
  }
}
