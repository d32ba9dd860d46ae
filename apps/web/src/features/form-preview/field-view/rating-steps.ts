/** The values a rating offers: 1…max, in halves when allowed (`max 3, halves` → 0.5, 1, …, 3). */
export function listRatingSteps(max: number, allowHalf: boolean): number[] {
  const step = allowHalf ? 0.5 : 1;
  return Array.from({ length: Math.round(max / step) }, (_, index) => (index + 1) * step);
}
