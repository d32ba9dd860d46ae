import { ChevronsUpDown, Plus } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { useMe, useSwitchAccount } from '../../features/session';
import { Avatar } from '../../ui/display/Avatar';
import { joinClassNames } from '../../ui/class-names';
import { Menu } from '../../ui/overlays/Menu';
import { MenuItem, MenuItemRadio, MenuSeparator } from '../../ui/overlays/MenuItem';
import { CreateAccountDialog } from './CreateAccountDialog';
import { useToast } from '../../ui/feedback/useToast';

export function AccountSwitcher({ isCollapsed }: { isCollapsed: boolean }) {
  const t = useT();
  const me = useMe();
  const switchAccount = useSwitchAccount();
  const { showToast } = useToast();
  const [isCreating, setIsCreating] = useState(false);

  const select = (accountId: string) => {
    if (accountId === me.account.id) return;
    switchAccount(accountId).then(
      (next) => { showToast({ title: t('account.switched', { name: next.account.name }), tone: 'success' }); },
      (error: unknown) => {
        showToast({ title: t('account.switchFailed'), description: describeError(error, t).title, tone: 'danger' });
      },
    );
  };

  return (
    <>
      <Menu
        label={t('account.listLabel')}
        trigger={(props) => (
          <button
            type="button"
            {...props}
            aria-label={t('account.switcher', { name: me.account.name })}
            title={isCollapsed ? me.account.name : undefined}
            className={joinClassNames(
              'flex h-10 w-full items-center gap-2 rounded-control px-1.5 hover:bg-hover',
              isCollapsed && 'justify-center',
            )}
          >
            <Avatar name={me.account.name} shape="square" />
            {!isCollapsed && (
              <>
                <span className="min-w-0 flex-1 truncate text-left font-semibold">{me.account.name}</span>
                <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-fg-muted" />
              </>
            )}
          </button>
        )}
      >
        {me.accounts.map((account) => (
          <MenuItemRadio key={account.id} isChecked={account.id === me.account.id} onSelect={() => { select(account.id); }}>
            {account.name}
          </MenuItemRadio>
        ))}
        <MenuSeparator />
        <MenuItem icon={Plus} onSelect={() => { setIsCreating(true); }}>{t('account.new')}</MenuItem>
      </Menu>
      <CreateAccountDialog open={isCreating} onClose={() => { setIsCreating(false); }} />
    </>
  );
}
