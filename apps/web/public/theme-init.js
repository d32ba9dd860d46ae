// Runs before the app: applies the theme and language this browser last used (the keys and
// rules of src/lib/local-store.ts and src/lib/theme.ts), so the first paint is already right.
/* global window, document */
(function () {
  var root = document.documentElement;
  var theme = null;
  var locale = null;
  try {
    theme = window.localStorage.getItem('flowforge.theme');
    locale = window.localStorage.getItem('flowforge.locale');
  } catch {
    // Storage disabled: follow the system.
  }
  var isDark =
    theme === 'dark' ||
    ((theme === null || theme === 'system') && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', isDark);
  root.style.colorScheme = isDark ? 'dark' : 'light';
  if (locale === 'en' || locale === 'de') root.lang = locale;
})();
