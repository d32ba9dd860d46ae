// The five colour schemes a team can pick (ProcessFlow's gradients). They are data the user
// chooses, like a role's colour, so they live here rather than among the theme tokens; every pair
// keeps white text above 4.5:1 contrast in both themes.
import type { TeamColorScheme } from '@flowforge/contracts';
import type { MessageKey } from '../../lib/i18n';

export const TEAM_COLOR_SCHEMES = ['blue', 'green', 'yellow', 'pink', 'red'] as const satisfies readonly TeamColorScheme[];

const GRADIENTS: Record<TeamColorScheme, readonly [string, string]> = {
  blue: ['#1d4ed8', '#4338ca'],
  green: ['#047857', '#0f766e'],
  yellow: ['#a16207', '#b45309'],
  pink: ['#be185d', '#9d174d'],
  red: ['#b91c1c', '#9f1239'],
};

export const COLOR_LABEL_KEYS: Record<TeamColorScheme, MessageKey> = {
  blue: 'teams.color.blue',
  green: 'teams.color.green',
  yellow: 'teams.color.yellow',
  pink: 'teams.color.pink',
  red: 'teams.color.red',
};

/** Inline style of a team's gradient (white text goes on top). */
export function gradientStyle(scheme: TeamColorScheme): { backgroundImage: string; color: string } {
  const [from, to] = GRADIENTS[scheme];
  return { backgroundImage: `linear-gradient(135deg, ${from}, ${to})`, color: '#ffffff' };
}
