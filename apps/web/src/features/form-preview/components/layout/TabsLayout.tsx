import { useT } from '../../../../lib/i18n';
import { Tabs } from '../../../../ui/display/Tabs';
import { useFormPreviewContext } from '../../form-preview-context';
import type { LayoutProps } from './layout-props';

/** Tabs whose own conditions hide them; every panel stays mounted, so values survive switching. */
export function TabsLayout({ field, renderChildren }: LayoutProps<'tabs'>) {
  const t = useT();
  const { state } = useFormPreviewContext();
  const tabs = field.tabs
    .filter((tab) => state.fields[tab.key]?.visible !== false)
    .map((tab) => ({
      id: tab.key,
      label: tab.label,
      panel: (
        <div className="flex flex-col gap-4">
          {renderChildren(tab.children)}
        </div>
      ),
    }));
  if (tabs.length === 0) return null;
  return <Tabs label={t('formPreview.tabsLabel')} tabs={tabs} />;
}
