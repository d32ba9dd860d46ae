// Filtering for the team switcher: case- and accent-insensitive match on the team name.
import type { TeamSummary } from '@flowforge/contracts';

function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

/** The teams whose name contains every word of the query (all of them for an empty query). */
export function filterTeams<T extends Pick<TeamSummary, 'name'>>(teams: readonly T[], query: string): T[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  return teams.filter((team) => {
    const name = normalize(team.name);
    return words.every((word) => name.includes(word));
  });
}
