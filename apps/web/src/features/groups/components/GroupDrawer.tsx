import type { Group } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Tabs } from '../../../ui/display/Tabs';
import { Drawer } from '../../../ui/overlays/Drawer';
import { GroupForm } from './GroupForm';
import { GroupMembers } from './GroupMembers';

interface GroupDrawerProps {
  /** The group to edit; undefined creates a new one. */
  group: Group | undefined;
  groups: readonly Group[];
  canEdit: boolean;
  onClose: () => void;
}

/** Create a group, or edit one: details in the first tab, members in the second. */
export function GroupDrawer({ group, groups, canEdit, onClose }: GroupDrawerProps) {
  const t = useT();
  if (!group) {
    return (
      <Drawer open onClose={onClose} title={t('groups.new')}>
        <GroupForm group={undefined} groups={groups} isReadOnly={false} onDone={onClose} />
      </Drawer>
    );
  }
  return (
    <Drawer open onClose={onClose} title={canEdit ? t('groups.editTitle', { name: group.name }) : group.name}>
      <Tabs
        label={t('groups.sections')}
        tabs={[
          { id: 'details', label: t('groups.tab.details'), panel: <GroupForm group={group} groups={groups} isReadOnly={!canEdit} onDone={onClose} /> },
          { id: 'members', label: t('groups.tab.members', { count: group.totalMemberCount }), panel: <GroupMembers group={group} canEdit={canEdit} /> },
        ]}
      />
    </Drawer>
  );
}
