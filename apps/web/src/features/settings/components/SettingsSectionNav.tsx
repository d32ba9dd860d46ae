import { useT, type MessageKey } from '../../../lib/i18n';

const SECTIONS: readonly { id: string; label: MessageKey }[] = [
  { id: 'profile', label: 'settings.tab.profile' },
  { id: 'notifications', label: 'settings.tab.notifications' },
  { id: 'appearance', label: 'settings.tab.appearance' },
  { id: 'security', label: 'settings.tab.security' },
  { id: 'accounts', label: 'settings.tab.accounts' },
];

/** Jump links to the sections of My settings; sticky beside them on wide screens. */
export function SettingsSectionNav() {
  const t = useT();
  return (
    <nav aria-label={t('settings.sections')} className="lg:sticky lg:top-4 lg:self-start">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="block rounded-control px-2.5 py-1.5 text-sm text-fg-muted hover:bg-hover hover:text-fg">
              {t(section.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
