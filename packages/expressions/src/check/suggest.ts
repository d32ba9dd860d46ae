/** "Did you mean": the closest names by edit distance (case-insensitive). */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to three candidates within a distance of about a third of the name's length. */
export function suggest(name: string, candidates: Iterable<string>): string[] {
  const lower = name.toLowerCase().slice(0, 64);
  const limit = Math.max(1, Math.ceil(lower.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase().slice(0, 64));
    if (distance <= limit) scored.push([candidate, distance]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([candidate]) => candidate);
}

export function didYouMean(suggestions: string[], format: (name: string) => string = (name) => name): string {
  if (suggestions.length === 0) return '';
  return ` Did you mean ${suggestions.map(format).join(' or ')}?`;
}
