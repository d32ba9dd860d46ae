// The route tree, in code (no generated files). Pages load lazily, so the sign-in page does not
// download the app shell and each page is its own chunk.
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { redirectIfSignedIn, requireSession, type RouterContext } from './auth-guard';
import { FullPageError } from './FullPageError';
import { NotFoundPage } from './NotFoundPage';
import { AppSkeleton } from './shell/AppSkeleton';

export interface SignInSearch {
  redirect?: string | undefined;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: FullPageError,
  notFoundComponent: NotFoundPage,
});

const authLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  beforeLoad: ({ context, location }) => redirectIfSignedIn(context, location),
  errorComponent: FullPageError,
});

const signInRoute = createRoute({
  getParentRoute: () => authLayoutRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/auth'), 'SignInPage'),
});

const signUpRoute = createRoute({
  getParentRoute: () => authLayoutRoute,
  path: 'sign-up',
  component: lazyRouteComponent(() => import('../features/auth'), 'SignUpPage'),
});

const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ context, location }) => requireSession(context, location),
  component: lazyRouteComponent(() => import('./shell/AppLayout'), 'AppLayout'),
  pendingComponent: AppSkeleton,
  errorComponent: FullPageError,
});

const homeRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
  staticData: { titleKey: 'nav.home' },
  component: lazyRouteComponent(() => import('../features/home'), 'HomePage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'settings',
  staticData: { titleKey: 'nav.settings' },
  component: lazyRouteComponent(() => import('../features/settings'), 'SettingsPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'audit',
  staticData: { titleKey: 'nav.audit' },
  component: lazyRouteComponent(() => import('../features/audit'), 'AuditLogPage'),
});

// Tools › Expressions and Tools › Form preview; /tools itself opens the first tool.
const toolsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'tools',
  staticData: { titleKey: 'nav.tools' },
});

const toolsIndexRoute = createRoute({
  getParentRoute: () => toolsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/tools/expressions', replace: true });
  },
});

const expressionsRoute = createRoute({
  getParentRoute: () => toolsRoute,
  path: 'expressions',
  staticData: { titleKey: 'nav.expressions' },
  component: lazyRouteComponent(() => import('../features/expressions'), 'ExpressionPlaygroundPage'),
});

const formPreviewRoute = createRoute({
  getParentRoute: () => toolsRoute,
  path: 'form-preview',
  staticData: { titleKey: 'nav.formPreview' },
  component: lazyRouteComponent(() => import('../features/form-preview'), 'FormPreviewPage'),
});

export const routeTree = rootRoute.addChildren([
  authLayoutRoute.addChildren([signInRoute, signUpRoute]),
  appLayoutRoute.addChildren([
    homeRoute,
    auditRoute,
    settingsRoute,
    toolsRoute.addChildren([toolsIndexRoute, expressionsRoute, formPreviewRoute]),
  ]),
]);
