/** The versions a comparison can pick from, and the pair it starts with (active → draft). */
import type { DecisionDetail, DecisionStatus, VersionSelector } from '@flowforge/contracts';

export interface CompareChoice {
  selector: VersionSelector;
  /** Null for the draft. */
  version: number | null;
  status: DecisionStatus;
}

export interface ComparePair {
  from: VersionSelector;
  to: VersionSelector;
}

/** The draft first (if any), then the versions newest first. */
export function compareChoices(detail: Pick<DecisionDetail, 'versions' | 'draftVersion'>): CompareChoice[] {
  const published = detail.versions
    .filter((version) => version.version !== detail.draftVersion)
    .sort((a, b) => b.version - a.version)
    .map((version): CompareChoice => ({ selector: version.version, version: version.version, status: version.status }));
  return detail.draftVersion === null ? published : [{ selector: 'draft', version: null, status: 'draft' }, ...published];
}

/** Active version against the draft; without a draft, the newest two versions. */
export function defaultComparison(detail: Pick<DecisionDetail, 'versions' | 'draftVersion' | 'activeVersion'>): ComparePair {
  const choices = compareChoices(detail);
  const to = choices[0]?.selector ?? 'active';
  const active = choices.find((choice) => choice.version !== null && choice.version === detail.activeVersion && choice.selector !== to);
  const from = active?.selector ?? choices[1]?.selector ?? to;
  return { from, to };
}

export function selectorValue(selector: VersionSelector): string {
  return String(selector);
}

export function parseSelector(value: string): VersionSelector {
  if (value === 'draft' || value === 'active') return value;
  const version = Number(value);
  return Number.isInteger(version) && version > 0 ? version : 'active';
}
