// The pages a team role may open, in ProcessFlow's order, with their labels.
import type { TeamPage } from '@flowforge/contracts';
import type { MessageKey } from '../../lib/i18n';

export const TEAM_PAGE_LIST = ['editor', 'tasks', 'monitoring', 'team', 'shop'] as const satisfies readonly TeamPage[];

export const PAGE_LABEL_KEYS: Record<TeamPage, MessageKey> = {
  editor: 'teams.page.editor',
  tasks: 'teams.page.tasks',
  monitoring: 'teams.page.monitoring',
  team: 'teams.page.team',
  shop: 'teams.page.shop',
};

export const PAGE_HINT_KEYS: Record<TeamPage, MessageKey> = {
  editor: 'teams.page.editor.hint',
  tasks: 'teams.page.tasks.hint',
  monitoring: 'teams.page.monitoring.hint',
  team: 'teams.page.team.hint',
  shop: 'teams.page.shop.hint',
};
