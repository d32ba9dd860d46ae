import type { Messages } from './en';

export const de = {
  'app.name': 'FlowForge',
  'app.skipToContent': 'Zum Inhalt springen',
  'app.loading': 'FlowForge wird geladen…',

  'nav.main': 'Hauptnavigation',
  'nav.home': 'Startseite',
  'nav.settings': 'Einstellungen',
  'nav.breadcrumb': 'Pfad',
  'nav.collapseSidebar': 'Seitenleiste einklappen',
  'nav.expandSidebar': 'Seitenleiste ausklappen',
  'nav.openNavigation': 'Navigation öffnen',

  'account.switcher': 'Konto wechseln, aktuell: {name}',
  'account.listLabel': 'Ihre Konten',
  'account.switched': 'Zu {name} gewechselt',
  'account.switchFailed': 'Das Konto konnte nicht gewechselt werden',

  'userMenu.label': 'Benutzermenü für {name}',
  'userMenu.theme': 'Farbschema',
  'userMenu.language': 'Sprache',
  'userMenu.settings': 'Einstellungen',
  'userMenu.signOut': 'Abmelden',

  'role.owner': 'Inhaber',
  'role.admin': 'Admin',
  'role.member': 'Mitglied',

  'theme.label': 'Farbschema',
  'theme.light': 'Hell',
  'theme.dark': 'Dunkel',
  'theme.system': 'System',
  'language.label': 'Sprache',

  'auth.email': 'E-Mail',
  'auth.password': 'Passwort',
  'auth.name': 'Ihr Name',
  'auth.accountName': 'Name des Teams oder der Firma',
  'auth.accountNameHint': 'Sie können später weitere Personen in dieses Konto einladen.',
  'auth.passwordHint': 'Mindestens 8 Zeichen.',
  'auth.invalidCredentials': 'E-Mail oder Passwort sind falsch. Prüfen Sie beides und versuchen Sie es erneut.',
  'auth.preferences': 'Anzeigeeinstellungen',

  'signIn.title': 'Bei FlowForge anmelden',
  'signIn.subtitle': 'Willkommen zurück. Melden Sie sich mit E-Mail und Passwort an.',
  'signIn.submit': 'Anmelden',
  'signIn.noAccount': 'Neu bei FlowForge?',
  'signIn.toSignUp': 'Konto erstellen',

  'signUp.title': 'FlowForge-Konto erstellen',
  'signUp.subtitle': 'Richten Sie Ihr Konto und Ihr Team in einem Schritt ein.',
  'signUp.submit': 'Konto erstellen',
  'signUp.hasAccount': 'Sie haben schon ein Konto?',
  'signUp.toSignIn': 'Anmelden',

  'validation.required': 'Füllen Sie dieses Feld aus.',
  'validation.email': 'Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.',
  'validation.passwordLength': 'Verwenden Sie mindestens 8 Zeichen.',

  'home.title': 'Willkommen, {name}',
  'home.subtitle': 'Sie arbeiten im Konto {account}.',
  'home.emptyTitle': 'Noch keine Module',
  'home.emptyText':
    'Prozesse, Formulare, Aufgaben und die weiteren Module erscheinen hier, sobald sie verfügbar sind. Bis dahin können Sie Farbschema und Sprache einstellen.',
  'home.emptyAction': 'Einstellungen öffnen',

  'settings.title': 'Einstellungen',
  'settings.subtitle': 'Ihr Profil und wie FlowForge für Sie aussieht.',
  'settings.profile': 'Profil',
  'settings.name': 'Name',
  'settings.email': 'E-Mail',
  'settings.appearance': 'Darstellung',
  'settings.appearanceHint': 'Wird in Ihrem Profil gespeichert und gilt auf jedem Gerät, auf dem Sie sich anmelden.',
  'settings.accounts': 'Konten',
  'settings.accountsCaption': 'Konten, denen Sie angehören',
  'settings.accountName': 'Konto',
  'settings.accountSlug': 'Adresse',
  'settings.accountRole': 'Rolle',
  'settings.current': 'Aktuell',
  'settings.saveFailed': 'Ihre Einstellungen konnten nicht gespeichert werden',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Unter dieser Adresse gibt es keine Seite. Prüfen Sie den Link oder kehren Sie zur Startseite zurück.',
  'notFound.action': 'Zur Startseite',

  'error.title': 'Etwas ist schiefgelaufen',
  'error.unexpected':
    'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es erneut; wenn er bleibt, wenden Sie sich an Ihre Administration.',
  'error.network': 'FlowForge ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.unauthenticated': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'error.rateLimited': 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  'error.emailTaken':
    'Zu dieser E-Mail gibt es bereits ein Konto. Melden Sie sich an oder verwenden Sie eine andere E-Mail.',
  'error.validationFailed': 'Einige Felder müssen Sie noch prüfen.',
  'error.accountNotFound': 'Dieses Konto existiert nicht oder Sie sind kein Mitglied mehr.',
  'error.forbidden': 'Dazu fehlt Ihnen die Berechtigung. Wenden Sie sich an eine Administration dieses Kontos.',
  'error.unavailable': 'FlowForge ist ausgelastet oder wird aktualisiert. Versuchen Sie es gleich noch einmal.',
  'error.traceId': 'Referenz: {traceId}',
  'error.retry': 'Erneut versuchen',

  'ui.close': 'Schließen',
  'ui.loading': 'Wird geladen',
  'ui.notifications': 'Benachrichtigungen',
  'ui.sortBy': 'Nach {column} sortieren',
} as const satisfies Messages;
