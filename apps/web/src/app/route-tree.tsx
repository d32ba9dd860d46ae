// The route tree, in code (no generated files). Pages load lazily, so the sign-in page does not
// download the app shell and each page is its own chunk.
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { redirectIfSignedIn, requirePendingMfaSetup, requireSession, type RouterContext } from './auth-guard';
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

// The account requires two-factor authentication and the user has none yet: nothing else until then.
const mfaSetupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'mfa-setup',
  beforeLoad: ({ context }) => requirePendingMfaSetup(context),
  component: lazyRouteComponent(() => import('../features/settings'), 'MfaSetupPage'),
  errorComponent: FullPageError,
});

// The link in an invitation e-mail: public, for people without a login as well as signed-in ones.
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
  component: lazyRouteComponent(() => import('../features/invitation'), 'InvitationPage'),
  errorComponent: FullPageError,
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

// The audit log's filters live in the URL, so a filtered view can be shared and reloaded.
const AUDIT_SEARCH_KEYS = ['actorId', 'action', 'resourceType', 'resourceId', 'from', 'to', 'entry'] as const;
export type AuditSearch = Partial<Record<(typeof AUDIT_SEARCH_KEYS)[number], string>>;

function pickStringParams<K extends string>(search: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = search[key];
    if (typeof value === 'string' && value !== '') picked[key] = value;
  }
  return picked;
}

const auditRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'audit',
  staticData: { titleKey: 'nav.audit' },
  validateSearch: (search: Record<string, unknown>): AuditSearch => pickStringParams(search, AUDIT_SEARCH_KEYS),
  component: lazyRouteComponent(() => import('../features/audit'), 'AuditLogPage'),
});

// Admin › Settings: one page with a tab per section, the open tab in `?tab=`.
export interface AdminSettingsSearch {
  tab?: string | undefined;
}

const adminSettingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/settings',
  staticData: { titleKey: 'nav.adminSettings' },
  validateSearch: (search: Record<string, unknown>): AdminSettingsSearch => pickStringParams(search, ['tab'] as const),
  component: lazyRouteComponent(() => import('../features/admin-settings'), 'AdminSettingsPage'),
});

// Admin › E-mail: SMTP settings, the test e-mail and the outbox.
const adminEmailRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/email',
  staticData: { titleKey: 'mail.nav' },
  component: lazyRouteComponent(() => import('../features/email-settings'), 'EmailSettingsPage'),
});

// Admin › Roles and Admin › Groups.
const adminRolesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/roles',
  staticData: { titleKey: 'nav.roles' },
  component: lazyRouteComponent(() => import('../features/roles'), 'RolesPage'),
});

const adminGroupsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/groups',
  staticData: { titleKey: 'nav.groups' },
  component: lazyRouteComponent(() => import('../features/groups'), 'GroupsPage'),
});

// Admin › Users: the people of the account, invitations and the CSV import.
const adminUsersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/users',
  staticData: { titleKey: 'users.nav' },
  component: lazyRouteComponent(() => import('../features/users'), 'UsersPage'),
});

// Admin › Service accounts: the list and one service account with its keys and clients.
const adminServiceAccountsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/service-accounts',
  staticData: { titleKey: 'serviceAccounts.nav' },
});

const adminServiceAccountsIndexRoute = createRoute({
  getParentRoute: () => adminServiceAccountsRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/service-accounts'), 'ServiceAccountsPage'),
});

const adminServiceAccountRoute = createRoute({
  getParentRoute: () => adminServiceAccountsRoute,
  path: '$serviceAccountId',
  component: lazyRouteComponent(() => import('../features/service-accounts'), 'ServiceAccountPage'),
});

// Teams › dashboard, one team's workspace, and the page the invitation e-mail links to.
export interface TeamInvitationSearch {
  token?: string | undefined;
}

const teamsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'teams',
  staticData: { titleKey: 'nav.teams' },
});

const teamsIndexRoute = createRoute({
  getParentRoute: () => teamsRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/teams'), 'TeamsDashboardPage'),
});

const teamRoute = createRoute({
  getParentRoute: () => teamsRoute,
  path: '$teamId',
  component: lazyRouteComponent(() => import('../features/teams'), 'TeamWorkspacePage'),
});

const teamInvitationRoute = createRoute({
  getParentRoute: () => teamsRoute,
  path: 'invitations/$invitationId',
  staticData: { titleKey: 'teams.invitation.title' },
  validateSearch: (search: Record<string, unknown>): TeamInvitationSearch => ({
    token: typeof search.token === 'string' ? search.token : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/teams'), 'TeamInvitationPage'),
});

// Decisions: the list of decision tables and DMN models, and one decision with its editor.
const decisionsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'decisions',
  staticData: { titleKey: 'decisions.nav' },
});

const decisionsIndexRoute = createRoute({
  getParentRoute: () => decisionsRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/decisions'), 'DecisionsPage'),
});

const decisionRoute = createRoute({
  getParentRoute: () => decisionsRoute,
  path: '$decisionId',
  component: lazyRouteComponent(() => import('../features/decisions'), 'DecisionPage'),
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
  mfaSetupRoute,
  invitationRoute,
  appLayoutRoute.addChildren([
    homeRoute,
    auditRoute,
    adminSettingsRoute,
    adminEmailRoute,
    adminRolesRoute,
    adminGroupsRoute,
    adminUsersRoute,
    adminServiceAccountsRoute.addChildren([adminServiceAccountsIndexRoute, adminServiceAccountRoute]),
    settingsRoute,
    toolsRoute.addChildren([toolsIndexRoute, expressionsRoute, formPreviewRoute]),
    teamsRoute.addChildren([teamsIndexRoute, teamRoute, teamInvitationRoute]),
    decisionsRoute.addChildren([decisionsIndexRoute, decisionRoute]),
  ]),
]);
