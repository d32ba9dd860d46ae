import { useNavigate } from '@tanstack/react-router';
import { LogOut, Settings } from 'lucide-react';
import { LOCALE_NAMES, LOCALES, useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { THEME_PREFERENCES } from '../../lib/theme';
import { THEME_OPTIONS, usePreferences } from '../../features/preferences';
import { useMe, useSignOut } from '../../features/session';
import { Avatar } from '../../ui/display/Avatar';
import { joinClassNames } from '../../ui/class-names';
import { Menu } from '../../ui/overlays/Menu';
import { MenuGroup, MenuItem, MenuItemRadio, MenuSeparator } from '../../ui/overlays/MenuItem';
import { useToast } from '../../ui/feedback/useToast';

export function UserMenu({ isCollapsed }: { isCollapsed: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { preferences, setTheme, setLocale } = usePreferences();
  const { signOut } = useSignOut();
  const { showToast } = useToast();

  const handleSignOut = () => {
    signOut().catch((error: unknown) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); });
  };

  return (
    <Menu
      label={t('userMenu.label', { name: me.user.name })}
      placement="above"
      trigger={(props) => (
        <button
          type="button"
          {...props}
          aria-label={t('userMenu.label', { name: me.user.name })}
          title={isCollapsed ? me.user.name : undefined}
          className={joinClassNames('flex h-11 w-full items-center gap-2 rounded-control px-1.5 hover:bg-hover', isCollapsed && 'justify-center')}
        >
          <Avatar name={me.user.name} imageUrl={me.user.image} />
          {!isCollapsed && (
            <span className="min-w-0 flex-1 text-left">
              <span className="block truncate font-medium">{me.user.name}</span>
              <span className="block truncate text-xs text-fg-muted">{me.user.email}</span>
            </span>
          )}
        </button>
      )}
    >
      <MenuGroup label={t('userMenu.theme')}>
        {THEME_PREFERENCES.map((theme) => (
          <MenuItemRadio key={theme} icon={THEME_OPTIONS[theme].icon} isChecked={preferences.theme === theme} onSelect={() => { setTheme(theme); }}>
            {t(THEME_OPTIONS[theme].label)}
          </MenuItemRadio>
        ))}
      </MenuGroup>
      <MenuSeparator />
      <MenuGroup label={t('userMenu.language')}>
        {LOCALES.map((locale) => (
          <MenuItemRadio key={locale} isChecked={preferences.locale === locale} onSelect={() => { setLocale(locale); }}>
            <span lang={locale}>{LOCALE_NAMES[locale]}</span>
          </MenuItemRadio>
        ))}
      </MenuGroup>
      <MenuSeparator />
      <MenuItem icon={Settings} onSelect={() => { void navigate({ to: '/settings' }); }}>
        {t('userMenu.settings')}
      </MenuItem>
      <MenuItem icon={LogOut} onSelect={handleSignOut}>
        {t('userMenu.signOut')}
      </MenuItem>
    </Menu>
  );
}
