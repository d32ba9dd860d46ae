// English is the reference language: every other message file must have exactly these keys.
// Placeholders are written {name}; keep them identical in every language.
export const en = {
  'app.name': 'FlowForge',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading FlowForge…',

  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.settings': 'Settings',
  'nav.audit': 'Audit log',
  'audit.title': 'Audit log',
  'audit.subtitle': 'Every change in {account}: who did what, when and from where.',
  'audit.loading': 'Loading the audit log',
  'audit.emptyTitle': 'Nothing recorded yet',
  'audit.emptyDescription': 'Changes to this account, its settings and its data appear here as they happen.',
  'audit.loadMore': 'Load older entries',
  'audit.system': 'System',
  'audit.column.time': 'When',
  'audit.column.action': 'Action',
  'audit.column.resource': 'Resource',
  'audit.column.actor': 'Who',
  'audit.column.ip': 'IP address',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.collapseSidebar': 'Collapse sidebar',
  'nav.expandSidebar': 'Expand sidebar',
  'nav.openNavigation': 'Open navigation',

  'account.switcher': 'Switch account, current: {name}',
  'account.listLabel': 'Your accounts',
  'account.switched': 'Switched to {name}',
  'account.switchFailed': 'Could not switch the account',

  'userMenu.label': 'User menu for {name}',
  'userMenu.theme': 'Theme',
  'userMenu.language': 'Language',
  'userMenu.settings': 'Settings',
  'userMenu.signOut': 'Sign out',

  'role.owner': 'Owner',
  'role.admin': 'Admin',
  'role.member': 'Member',

  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'language.label': 'Language',

  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.name': 'Your name',
  'auth.accountName': 'Team or company name',
  'auth.accountNameHint': 'You can invite others to this account later.',
  'auth.passwordHint': 'At least 8 characters.',
  'auth.invalidCredentials': 'The e-mail or password is wrong. Check both and try again.',
  'auth.preferences': 'Display preferences',

  'signIn.title': 'Sign in to FlowForge',
  'signIn.subtitle': 'Welcome back. Sign in with your e-mail and password.',
  'signIn.submit': 'Sign in',
  'signIn.noAccount': 'New to FlowForge?',
  'signIn.toSignUp': 'Create an account',

  'signUp.title': 'Create your FlowForge account',
  'signUp.subtitle': 'Set up your account and your team in one step.',
  'signUp.submit': 'Create account',
  'signUp.hasAccount': 'Already have an account?',
  'signUp.toSignIn': 'Sign in',

  'validation.required': 'Fill in this field.',
  'validation.email': 'Enter an e-mail address such as name@example.com.',
  'validation.passwordLength': 'Use at least 8 characters.',

  'home.title': 'Welcome, {name}',
  'home.subtitle': 'You are working in {account}.',
  'home.emptyTitle': 'No modules yet',
  'home.emptyText':
    'Processes, forms, tasks and the other modules appear here as they land. Meanwhile, set up your theme and language.',
  'home.emptyAction': 'Open settings',

  'settings.title': 'Settings',
  'settings.subtitle': 'Your profile and how FlowForge looks for you.',
  'settings.profile': 'Profile',
  'settings.name': 'Name',
  'settings.email': 'E-mail',
  'settings.appearance': 'Appearance',
  'settings.appearanceHint': 'Saved to your profile, so every device you sign in on uses them.',
  'settings.accounts': 'Accounts',
  'settings.accountsCaption': 'Accounts you belong to',
  'settings.accountName': 'Account',
  'settings.accountSlug': 'Address',
  'settings.accountRole': 'Role',
  'settings.current': 'Current',
  'settings.saveFailed': 'Could not save your preferences',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Check the link, or go back to the start page.',
  'notFound.action': 'Go to home',

  'error.title': 'Something went wrong',
  'error.unexpected': 'An unexpected error occurred. Try again; if it keeps happening, contact your administrator.',
  'error.network': 'FlowForge cannot be reached. Check your connection and try again.',
  'error.unauthenticated': 'Your session has ended. Sign in again to continue.',
  'error.rateLimited': 'Too many attempts. Wait a minute and try again.',
  'error.emailTaken': 'An account with this e-mail already exists. Sign in instead, or use another e-mail.',
  'error.validationFailed': 'Some fields need your attention.',
  'error.accountNotFound': 'This account does not exist or you are no longer a member.',
  'error.forbidden': 'You do not have permission to do this. Ask an administrator of this account.',
  'error.unavailable': 'FlowForge is busy or being updated. Try again in a moment.',
  'error.traceId': 'Reference: {traceId}',
  'error.retry': 'Try again',

  'ui.close': 'Close',
  'ui.loading': 'Loading',
  'ui.notifications': 'Notifications',
  'ui.sortBy': 'Sort by {column}',
} as const;

export type MessageKey = keyof typeof en;

/** The shape every language file satisfies: the same keys as English, any text. */
export type Messages = { readonly [K in MessageKey]: string };
