import { useMatches } from '@tanstack/react-router';
import { ChevronRight } from 'lucide-react';
import { Fragment } from 'react';
import { useT } from '../../lib/i18n';
import { useMe } from '../../features/session';

/** Account › page, from the `titleKey` each route declares in its staticData. */
export function Breadcrumbs() {
  const t = useT();
  const me = useMe();
  const pages = useMatches({
    select: (matches) => matches.flatMap((match) => (match.staticData.titleKey ? [match.staticData.titleKey] : [])),
  });
  const crumbs = [me.account.name, ...pages.map((key) => t(key))];

  return (
    <nav aria-label={t('nav.breadcrumb')} className="min-w-0">
      <ol className="flex items-center gap-1.5 text-fg-muted">
        {crumbs.map((crumb, index) => {
          const isLast = index === crumbs.length - 1;
          return (
            <Fragment key={`${String(index)}-${crumb}`}>
              {index > 0 && (
                <li aria-hidden="true">
                  <ChevronRight className="size-3.5" />
                </li>
              )}
              <li aria-current={isLast ? 'page' : undefined} className={isLast ? 'truncate font-medium text-fg' : 'truncate'}>
                {crumb}
              </li>
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}
