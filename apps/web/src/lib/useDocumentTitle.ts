import { useEffect } from 'react';
import { useT } from './i18n';

/** Sets the browser tab's title to "<page> · FlowForge". */
export function useDocumentTitle(pageTitle: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle === appName ? appName : `${pageTitle} · ${appName}`;
  }, [pageTitle, appName]);
}
